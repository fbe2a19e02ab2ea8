### Palabras comunes del contenido clínico: certeza, posición de las guías clínicas, cómo se hace
### un procedimiento, unidades de tiempo, costos y con qué se compara cada resultado. Los números
### están en crates/hipaid-core/content/ y llegan aquí solo como variables.

## La decisión y este documento (IPDAS: decisión, fecha, actualización, financiamiento)

document-decision = La decisión: cómo tratar su dolor de cadera, o si tratarlo ahora o no.
document-purpose = Esta herramienta les ayuda a usted y a su profesional de salud a hablar de las opciones. Da datos y números de los estudios. No elige por usted.
# Variables:
#   $next (Date) - la fecha de la próxima revisión
document-update-policy = Revisamos esta información frente a los estudios nuevos al menos una vez al año. La próxima revisión será a más tardar el { $next }. También la revisamos antes si aparece un estudio o una guía clínica nueva e importante.
document-funding = Esta herramienta la escribió el equipo del proyecto HipAid. Ninguna empresa que vende un tratamiento de los que aparecen aquí la pagó ni influyó en ella.
document-conflicts = Las personas que la escribieron no tienen lazos de dinero con ningún tratamiento de los que aparecen aquí. Nadie gana más si usted elige una opción en vez de otra.
document-authors = La escribió el equipo de HipAid a partir de estudios y guías clínicas publicados. Cada número dice de dónde viene.
document-not-advice = Este resumen le ayuda a hablar con su profesional de salud. No reemplaza sus consejos.

## Qué tan seguros estamos (certeza de la evidencia según GRADE)

certainty-high = Certeza alta
certainty-moderate = Certeza moderada
certainty-low = Certeza baja
certainty-very-low = Certeza muy baja
certainty-high-explain = Es muy poco probable que los estudios nuevos cambien esto.
certainty-moderate-explain = Los estudios nuevos podrían cambiar esto.
certainty-low-explain = Es bastante posible que los estudios nuevos cambien esto.
certainty-very-low-explain = Esto es casi una suposición. Es probable que los estudios nuevos lo cambien.

## Qué dicen las guías clínicas

stance-strong-for = Se recomienda firmemente
stance-for = Se recomienda
stance-conditional-for = Se sugiere para algunas personas
stance-consider = Se puede considerar
stance-option = Es una de las opciones adecuadas
stance-no-recommendation = No recomienda ni a favor ni en contra
stance-conditional-against = Se sugiere no usarlo en la mayoría de las personas
stance-against = Se recomienda no usarlo
stance-strong-against = Se recomienda firmemente no usarlo
stance-none-found = Ninguna guía clínica trata este tema

guideline-none = Ninguna guía clínica
guideline-aaos-2023 = Academia Estadounidense de Cirujanos Ortopédicos (AAOS), 2023
guideline-aaos-2017 = Academia Estadounidense de Cirujanos Ortopédicos (AAOS), 2017
guideline-acr-af-2019 = Colegio Estadounidense de Reumatología y Arthritis Foundation (Fundación de la Artritis), 2019
guideline-oarsi-2019 = Sociedad Internacional de Investigación de la Artrosis (OARSI), 2019
guideline-nice-ng226-2022 = Guía NG226 de NICE (Inglaterra) sobre la artrosis, 2022
guideline-warwick-2016 = Acuerdo de Warwick sobre el pinzamiento de cadera, 2016
guideline-eular-2021 = Recomendaciones de EULAR sobre las inyecciones en las articulaciones, 2021
guideline-eular-2022 = Recomendaciones de EULAR sobre la artritis reumatoide, 2022
guideline-chinese-onfh-2020 = Guía china sobre la necrosis avascular de la cadera, 2020

## Tipos de opción y cómo se hacen

kind-self-care = Cuidado propio
kind-monitoring = Esperar y vigilar
kind-injection = Inyección
kind-surgery = Cirugía

guidance-none = No se necesita ningún estudio de imagen.
guidance-ultrasound = El médico usa una ecografía (ultrasonido) para guiar la aguja.
guidance-ultrasound-or-x-ray = El médico usa una imagen de ecografía o de rayos X para guiar la aguja.
guidance-camera = El cirujano trabaja a través de cortes pequeños, con una cámara diminuta.
anaesthesia-none = No se necesita medicamento para adormecer.
anaesthesia-local = Se usa un medicamento que adormece la piel y la cadera.
anaesthesia-spinal-or-general = Le ponen una inyección en la espalda que adormece de la cintura para abajo, o recibe anestesia general para dormir durante la operación.
anaesthesia-general = Recibe anestesia general: duerme durante toda la operación.

regulatory-approved = Medicamento o dispositivo aprobado
regulatory-standard-procedure = Tratamiento habitual
regulatory-not-approved = No está aprobado para este uso
regulatory-not-regulated = No necesita aprobación
regulatory-not-verified = No se confirmó que esté aprobado para este uso

repeats-allowed-yes = Se puede repetir
repeats-allowed-limited = Se puede repetir, con límites
repeats-allowed-no = Por lo general se hace una sola vez
repeats-allowed-unknown = No se sabe si repetirlo ayuda

insurance-usually-covered = Por lo general lo cubre el seguro médico
insurance-sometimes-covered = A veces lo cubre el seguro médico
insurance-usually-not-covered = Por lo general el seguro no lo cubre; usted lo paga
insurance-unknown = No se sabe si lo cubre el seguro médico

cost-per-session = por sesión
cost-per-injection = por inyección
cost-per-course = por el tratamiento completo
cost-per-operation = por operación
cost-unknown = No se encontró un precio confiable
# Variables:
#   $amount (Number)
#   $currency (String)
money =
    { $currency ->
        [USD] { $amount } US$
       *[other] { $amount } { $currency }
    }

## Tiempos

span-unknown = No se sabe
span-none = Ningún efecto más allá del de un tratamiento simulado
# Variables:
#   $low (Number) - cuántos días
span-days = { $low ->
    [one] { $low } día
    [many] { $low } de días
   *[other] { $low } días
}
# Variables:
#   $low (Number) - cuántas semanas
span-weeks = { $low ->
    [one] { $low } semana
    [many] { $low } de semanas
   *[other] { $low } semanas
}
# Variables:
#   $low (Number) - cuántos meses
span-months = { $low ->
    [one] { $low } mes
    [many] { $low } de meses
   *[other] { $low } meses
}
# Variables:
#   $low (Number) - cuántos años
span-years = { $low ->
    [one] { $low } año
    [many] { $low } de años
   *[other] { $low } años
}
span-range-days = { $low }–{ $high } días
span-range-weeks = { $low }–{ $high } semanas
span-range-months = { $low }–{ $high } meses
span-range-years = { $low }–{ $high } años

## Con qué se comparan los números (va después de «Comparado con»)

comparator-placebo-injection = una inyección simulada, sin el tratamiento que se estudia
comparator-local-anaesthetic-injection = una inyección solo de medicamento para adormecer
comparator-no-treatment = no recibir tratamiento
comparator-no-exercise = no hacer el programa de ejercicios
comparator-usual-care = la atención habitual del médico de familia
comparator-wait-and-see = esperar a ver cómo evoluciona
comparator-advice-alone = solo consejos e información
comparator-education-and-exercise = consejos más un plan de ejercicios
comparator-exercise-alone = el programa de ejercicios solo
comparator-physiotherapy = fisioterapia (ejercicio con un terapeuta)
comparator-resistance-training = un programa de ejercicios para fortalecer los músculos
comparator-steroid-injection = una inyección de esteroides
comparator-hyaluronic-acid = una inyección de gel (ácido hialurónico)
comparator-core-decompression-alone = la descompresión del núcleo sin células añadidas
comparator-no-injection = personas que no recibieron ninguna inyección
comparator-no-comparison-group = ningún grupo: el estudio solo observó a las personas que recibieron el tratamiento
comparator-no-recent-injection = personas que no recibieron ninguna inyección en la cadera en los meses antes de la cirugía

## Tipos de estudio (se muestran con cada fuente)

study-type-rct = Ensayo aleatorizado
study-type-systematic-review = Revisión de muchos estudios
study-type-network-meta-analysis = Revisión que compara muchos tratamientos
study-type-cohort = Estudio que sigue a un grupo de personas
study-type-registry = Registro de pacientes tratados
study-type-case-series = Informe sobre una serie de pacientes
study-type-cross-sectional = Encuesta en un solo momento
study-type-guideline = Guía clínica
study-type-consensus = Acuerdo de expertos
study-type-regulator = Declaración de una agencia reguladora
study-type-evidence-summary = Resumen de la evidencia
study-type-review = Artículo de revisión
study-type-patient-information = Información de un hospital o una clínica
study-type-price-survey = Encuesta de precios
study-type-policy = Política de una aseguradora

## Qué dice una cifra sobre el problema

figure-topic-how-common = Qué tan común es
figure-topic-natural-course = Qué pasa sin tratamiento

## Partes de la imagen de la cadera

part-bone = Hueso
part-cartilage = Cartílago (la capa lisa que cubre la articulación)
part-labrum = Labrum (el borde de la cavidad de la cadera)
part-tendons-bursa = Tendones y bursa (la parte de afuera de la cadera)
part-blood-supply = Riego de sangre a la bola de la cadera
part-joint-lining = Membrana que recubre la articulación

## Escalas de puntaje (nombres, se muestran como títulos)

scale-pain-0-10 = Puntaje de dolor de 0 (sin dolor) a 10 (el peor dolor)
scale-pain-0-100 = Puntaje de dolor de 0 (sin dolor) a 100 (el peor dolor)
scale-oxford-hip-score = Puntaje de cadera de Oxford (Oxford Hip Score), de 0 (el peor) a 48 (el mejor)
scale-ihot-33 = Puntaje de cadera iHOT-33, de 0 (el peor) a 100 (el mejor)
scale-harris-hip-score = Puntaje de cadera de Harris (Harris Hip Score), de 0 (el peor) a 100 (el mejor)
scale-hos-adl = Puntaje de la cadera para las actividades diarias (Hip Outcome Score), de 0 (el peor) a 100 (el mejor)
scale-self-rated-improvement = Cuánto mejor dijeron sentirse las personas, de 0 a 100 por ciento
