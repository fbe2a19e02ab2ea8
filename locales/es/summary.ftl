### El resumen para llevar a casa (PDF). Usa las mismas palabras que la pantalla para los
### números, los tiempos, la certeza y el panel «Acerca de» (app.ftl, evidence.ftl).

# The clinic logo's text for screen readers. Variables: $clinic (the clinic's name)
summary-clinic-logo = Logotipo de { $clinic }
# Variables: $phone (as the clinic wrote it)
summary-clinic-phone = Teléfono: { $phone }
summary-title = Resumen de su tratamiento de cadera
# Variables: $date (la fecha de la consulta, ya formateada)
summary-date = Fecha: { $date }
# Variables: $patient (la etiqueta que escribió el profesional, no siempre un nombre)
summary-for = Para: { $patient }
# Variables: $clinician
summary-clinician = Profesional: { $clinician }
summary-condition-heading = Su problema de cadera
# Variables: $stage (el nombre de la etapa)
summary-stage = Etapa: { $stage }
summary-options-heading = Las opciones de las que hablaron
summary-references-heading = De dónde vienen los números
# Variables: $page, $pages
summary-page = Página { $page } de { $pages }

## Cómo se unen las partes de una línea (la puntuación cambia entre idiomas)

# Variables: $number (p. ej. «68 de cada 100 personas»), $what (lo que se cuenta)
summary-outcome = { $number }: { $what }
# Variables: $what (lo que se cuenta), $status («Sin números fiables»)
summary-no-data = { $what }: { $status }
# Variables: $label («Comparado con»), $group (el grupo de comparación), $result (su número)
summary-comparison = { $label } { $group }: { $result }
# Variables: $time («Periodo: 2 meses»), $certainty («Certeza baja»)
summary-facts = { $time } · { $certainty }
# Variables: $number (posición en la lista), $citation (no se traduce)
summary-reference = { $number }. { $citation }

## El estado de la traducción, impreso al final en el idioma del paciente

# Para en-US, el texto del que se hacen todas las traducciones.
summary-translation-source = Este resumen está en el idioma en que se escribió primero. Las traducciones se hacen a partir de él.
summary-translation-draft = Esta traducción es un borrador. Un traductor médico calificado aún no la revisó. Si algo no está claro, pida un intérprete en su clínica.
# Variables: $reviewer (quién la revisó, con su función), $date (cuándo, ya con formato)
summary-translation-reviewed = Esta traducción fue revisada por { $reviewer } el { $date }.
