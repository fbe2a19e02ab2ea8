### Ang buod na iuuwi (PDF). Ginagamit nito ang mga salita ng screen para sa mga numero, panahon,
### katiyakan at panel na "Tungkol sa impormasyong ito" (app.ftl, evidence.ftl), kaya pareho ang
### sinasabi ng papel at ng screen.

# The clinic logo's text for screen readers. Variables: $clinic (the clinic's name)
summary-clinic-logo = Logo ng { $clinic }
# Variables: $phone (as the clinic wrote it)
summary-clinic-phone = Telepono: { $phone }
summary-title = Buod ng gamutan para sa inyong balakang
# Variables: $date (ang petsa ng konsulta, naka-format na)
summary-date = Petsa: { $date }
# Variables: $patient (ang tala na isinulat ng health provider, hindi laging pangalan)
summary-for = Para sa: { $patient }
# Variables: $clinician
summary-clinician = Health provider: { $clinician }
summary-condition-heading = Ang problema sa inyong balakang
# Variables: $stage (ang pangalan ng yugto)
summary-stage = Yugto: { $stage }
summary-options-heading = Ang mga pagpipiliang pinag-usapan ninyo
summary-references-heading = Saan galing ang mga numero
# Variables: $page, $pages
summary-page = Pahina { $page } ng { $pages }

## Paano pinagdudugtong ang mga bahagi ng isang linya (iba-iba ang bantas sa bawat wika)

# Variables: $number (hal. "68 sa bawat 100 tao"), $what (ang binibilang)
summary-outcome = { $number }: { $what }
# Variables: $what (ang binibilang), $status ("Walang maaasahang numero")
summary-no-data = { $what }: { $status }
# Variables: $label ("Inihambing sa"), $group (ang grupong pinaghahambingan), $result (ang numero nito)
summary-comparison = { $label } { $group }: { $result }
# Variables: $time ("Saklaw na panahon: 2 buwan"), $certainty ("Mababang katiyakan")
summary-facts = { $time } · { $certainty }
# Variables: $number (puwesto sa listahan), $citation (hindi isinasalin)
summary-reference = { $number }. { $citation }

## Ang katayuan ng salin, inilalimbag sa dulo sa bawat wika ng buod

# Para sa en-US, ang tekstong pinagmumulan ng bawat salin.
summary-translation-source = Nasa wika ito kung saan unang isinulat ang buod. Mula rito ginagawa ang mga salin.
summary-translation-draft = Draft pa lamang ang salin na ito. Hindi pa ito nasusuri ng isang kwalipikadong tagasalin sa medisina. Kung may hindi malinaw, humingi ng interpreter sa inyong klinika.
# Variables: $reviewer (kung sino ang sumuri, kasama ang tungkulin), $date (kailan, naka-format na)
summary-translation-reviewed = Sinuri ang salin na ito ni { $reviewer } noong { $date }.
