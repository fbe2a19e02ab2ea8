### HipAid, textos de la aplicación: títulos, etiquetas, botones y errores.
### Las palabras clínicas (enfermedades, etapas, opciones, resultados) están en conditions.ftl,
### options-*.ftl, claims.ftl y evidence.ftl, y el nombre de cada idioma, en locale.ftl.
### Español sencillo para lectores de EE. UU. y de América Latina; se trata al usuario de «usted».
### Los ids empiezan por la pantalla a la que pertenecen: app-, nav-, start-, condition-, option-,
### about-, error-; number- y sources- son comunes a las pantallas de la enfermedad y de la opción.

## Toda la aplicación

app-title = HipAid
app-loading = Cargando…

## Pantalla de inicio

start-intro = Decidan juntos cómo tratar el dolor de cadera. Primero, prepare esta consulta.
start-ui-locale-label = Idioma de la aplicación
start-ui-locale-hint = El idioma de los botones y los menús. Cambia de inmediato.
start-patient-locale-label = Idioma del paciente
start-patient-locale-hint = El idioma de lo que el paciente lee y se lleva a casa.
# Un idioma de las listas cuya traducción aún no revisó un traductor médico calificado.
# Variables:
#   $name (String) - el nombre del idioma en ese idioma, como "Tiếng Việt"
start-locale-draft = { $name } (traducción en borrador)
start-locale-draft-notice = Esta traducción es un borrador. Un traductor médico calificado aún no la revisó. Para lo importante, use un intérprete.
# Variables:
#   $reviewer (String) - quién revisó la traducción, con su función
#   $date (Date) - cuándo la revisó
start-locale-reviewed = Traducción revisada por { $reviewer } el { $date }.
start-patient-label-label = Nota sobre el paciente (opcional)
    .placeholder = Por ejemplo: consultorio 4, cita de la mañana
start-patient-label-hint = Una nota corta para distinguir las consultas. No escriba el nombre completo del paciente.
start-clinician-name-label = Su nombre (opcional)
start-clinician-name-hint = Se muestra durante esta consulta para que el paciente sepa con quién habló.
start-submit = Iniciar la consulta
start-submit-busy = Iniciando…
start-submit-new = Iniciar una consulta nueva
start-continue = Seguir con esta consulta
start-notice-unfinished = HipAid se cerró durante la última consulta. Sus respuestas se guardaron. Puede continuarla o empezar una consulta nueva.
start-notice-damaged = No se pudo leer la consulta guardada, así que HipAid empezó sin ella. El archivo se guardó para el soporte técnico.
app-not-saved = Esta computadora no pudo guardar la consulta. Sus respuestas siguen en la pantalla hasta que se cierre HipAid.
start-notice-settings-damaged = No se pudo leer la configuración de la clínica, así que HipAid empezó con la configuración habitual. El archivo se guardó para el soporte técnico. El personal de la clínica puede volver a configurarla en «Configuración de la clínica».
start-settings = Configuración de la clínica

## Clinic settings screen: for clinic staff, before visits. Nothing about patients is kept here.

settings-title = Configuración de la clínica
settings-intro = Esta configuración se guarda en esta computadora y se usa en todas las consultas. No contiene nada sobre los pacientes.
settings-clinic-heading = Su clínica
settings-clinic-name = Nombre de la clínica
settings-address = Dirección
settings-phone = Número de teléfono
settings-logo = Logotipo para el resumen impreso
# Variables:
#   $kb (Number) - the largest file size allowed, in kilobytes
#   $px (Number) - the largest width or height allowed, in pixels
settings-logo-hint = Una imagen PNG de hasta { $kb } KB y de hasta { $px } píxeles de ancho o de alto.
settings-logo-choose = Elegir un archivo de logotipo
settings-logo-remove = Quitar el logotipo
settings-logo-none = No se eligió ningún logotipo.
settings-logo-preview = El logotipo tal como se imprimirá
settings-languages-heading = Idiomas y papel
settings-ui-locale = Idioma de la aplicación al abrir HipAid
settings-patient-locale = Idioma del paciente en una consulta nueva
settings-locale-default = El idioma de la computadora
settings-patient-locale-default = El mismo que el idioma de la aplicación
settings-paper = Tamaño de papel del resumen
settings-paper-default = A4, o Carta para el inglés de EE. UU.
settings-paper-a4 = A4
settings-paper-letter = Carta
settings-options-heading = Opciones de tratamiento en esta clínica
settings-options-intro = Desmarque cada opción que la clínica no ofrece: aparecerá oculta al comenzar cada consulta, y el profesional aún podrá mostrarla. Las notas sobre el costo se muestran junto a las cifras de los estudios.
settings-offered = Se ofrece aquí
settings-cost-note = Costo en esta clínica (opcional)
settings-insurance-note = Nota sobre el seguro médico (opcional)
settings-view-heading = Cómo empiezan las consultas
settings-start-view = Vista al empezar una consulta
settings-view-clinician = Vista del profesional
settings-view-patient = Vista del paciente con letra grande
settings-max-age = Horas que se guarda una consulta sin terminar
# Variables:
#   $max (Number) - the largest number of hours allowed
settings-max-age-hint = Si HipAid se cierra durante una consulta, la consulta se puede volver a abrir durante esta cantidad de horas (de 1 a { $max }). Después, se borra.
settings-save = Guardar la configuración
settings-saving = Guardando…
settings-back = Volver al inicio
settings-saved = La configuración se guardó. Se aplica a partir de la próxima consulta.
settings-has-problems = Todavía no se guardó nada. Corrija los campos marcados.

## Clinic settings: what is wrong with one field

# Variables:
#   $max (Number) - the most characters allowed
settings-problem-too-long = Esto es demasiado largo. Use { $max } caracteres como máximo.
settings-problem-invalid-text = Esto tiene caracteres que la aplicación no puede usar. Use letras, números y signos de puntuación simples.
settings-problem-invalid-phone = Esto no parece un número de teléfono. Use dígitos, espacios y + ( ) - . /
settings-problem-not-png = Este archivo no es una imagen PNG. Elija un archivo PNG.
# Variables:
#   $max (Number) - the largest file size allowed, in kilobytes
settings-problem-logo-too-large = Este archivo es demasiado grande. Elija uno de { $max } KB como máximo.
# Variables:
#   $max (Number) - the largest width or height allowed, in pixels
settings-problem-logo-size = Esta imagen es demasiado pequeña o demasiado grande. Use una que tenga de 16 a { $max } píxeles de ancho y de alto.
settings-problem-unknown-locale = Este idioma no está disponible. Elija uno de la lista.
settings-problem-unknown-option = Esta versión de HipAid no conoce esta opción de tratamiento.
# Variables:
#   $max (Number) - the largest number allowed
settings-problem-out-of-range = Elija un número entero de 1 a { $max }.
settings-problem-unsupported-version = Esta configuración se hizo con una versión más nueva de HipAid.

## Pantalla de la enfermedad: la consulta actual, arriba

# Variables:
#   $label (String) - la nota corta sobre el paciente escrita al inicio, como "consultorio 4"
condition-consultation-label = Consulta: { $label }
# Variables:
#   $time (Date) - cuándo empezó la consulta, con fecha y hora
condition-consultation-started = Consulta iniciada: { $time }
# Variables:
#   $name (String) - el nombre que escribió el profesional al inicio
condition-consultation-clinician = Profesional de salud: { $name }

## Pantalla de la enfermedad: elegir la enfermedad y su etapa

condition-heading = El problema y las opciones
condition-intro = Elija el problema y qué tan avanzado está. Luego verá las opciones de tratamiento y lo que dicen los estudios sobre ellas.
condition-choose-legend = Problema
condition-stage-legend = Etapa (según la radiografía)
condition-stage-unknown = Todavía no se sabe
condition-stage-unknown-description = Por ejemplo, todavía no hay radiografía.

## Pantalla de la enfermedad: sobre la enfermedad y la etapa elegidas

condition-stage-heading = Su etapa
condition-parts-heading = Partes de la cadera afectadas
condition-diagnosis-heading = Cómo se diagnostica
# Una cifra sobre la enfermedad, en una sola oración.
# Variables:
#   $count (Number) - cuántas personas, como 25 o 2,5
#   $denominator (Number) - de cuántas personas, como 100 o 1000
#   $what (String) - qué les pasa, del contenido, como "tienen artrosis de cadera a los 85 años"
condition-figure-people = { $count } de cada { $denominator } personas: { $what }
# Variables:
#   $low (Number) - el número más bajo probable de personas
#   $high (Number) - el número más alto probable de personas
#   $denominator (Number) - de cuántas personas, como 100 o 1000
#   $what (String) - qué les pasa, del contenido
condition-figure-people-range = Entre { $low } y { $high } de cada { $denominator } personas: { $what }
# Un número de personas, no de cada grupo.
# Variables:
#   $count (Number) - cuántas personas, como 10 000
#   $what (String) - quiénes son, del contenido
condition-figure-count = { $count }: { $what }
# Variables:
#   $low (Number) - el número más bajo probable, como 10 000
#   $high (Number) - el número más alto probable, como 20 000
#   $what (String) - quiénes son, del contenido
condition-figure-count-range = { $low }–{ $high }: { $what }
condition-figure-one-time = Período: contado en un solo momento

## Pantalla de la enfermedad: las opciones de tratamiento que corresponden

condition-options-heading = Opciones de tratamiento
condition-options-intro = Estas opciones corresponden a este problema. No están en orden de preferencia. La que más le conviene depende de lo que es más importante para usted.
condition-options-empty = Todavía no hay opciones de tratamiento para mostrar.
condition-card-fits = Para este problema:
# Variables:
#   $option (String) - el nombre de la opción de tratamiento, como "Inyección de esteroides"
condition-card-details = Ver detalles
    .aria-label = Ver detalles: { $option }

## Cifras de los estudios, en las pantallas de la enfermedad y de la opción

# Variables:
#   $count (Number) - a cuántas personas les pasa, como 45 o 0,08
#   $denominator (Number) - de cuántas personas, como 100 o 1000
number-people = { $count } de cada { $denominator } personas
# Variables:
#   $low (Number) - el número más bajo probable de personas
#   $high (Number) - el número más alto probable de personas
#   $denominator (Number) - de cuántas personas, como 100
number-people-range = Entre { $low } y { $high } de cada { $denominator } personas
# Un cambio promedio en una escala, como una escala de dolor.
# Variables:
#   $change (Number) - el cambio promedio, con su signo, como -1,2 o +6,4
number-score = Cambio promedio de { $change } puntos
# Variables:
#   $low (Number) - el cambio promedio más pequeño probable, con su signo
#   $high (Number) - el cambio promedio más grande probable, con su signo
number-score-range = Cambio promedio de entre { $low } y { $high } puntos
# Variables:
#   $scale (String) - el nombre de la escala, del contenido, como "Escala de dolor de 0 (sin dolor) a 10 (el peor dolor)"
number-scale = Escala: { $scale }
number-not-measured = No se midió
number-comparator-label = Comparado con
number-comparator-result-label = Resultado en ese grupo
# Variables:
#   $span (String) - cuánto tiempo, como "2 meses", "1–3 años" o "No se sabe"
number-timeframe = Período: { $span }

## Fuentes junto a cada cifra y cada dato

# Variables:
#   $count (Number) - cuántas fuentes hay
sources-toggle =
    { $count ->
        [one] Fuente
        [many] Fuentes ({ $count })
       *[other] Fuentes ({ $count })
    }
sources-study-type-label = Tipo de estudio
sources-year-label = Año
sources-size-label = Tamaño
sources-doi-label = DOI
sources-pmid-label = ID de PubMed
sources-url-label = Dirección web
# Variables:
#   $id (String) - el nombre corto de una fuente que falta en la lista, como "lambert-2007"
sources-unknown = Esta fuente falta en la lista: { $id }

## Pantalla de la opción: todos los detalles de una opción de tratamiento

# Variables:
#   $condition (String) - el nombre del problema
option-for-condition = Para: { $condition }
# Variables:
#   $condition (String) - el nombre del problema
#   $stage (String) - el nombre de la etapa, como "Grado dos: leve"
option-for-condition-stage = Para: { $condition }. { $stage }
option-certainty-label = Qué tan seguros son los estudios sobre lo que hace:
option-what-heading = Qué es
option-variants-heading = Tipos que se ofrecen
# Variables:
#   $condition (String) - el nombre del problema
option-fits-heading = Cómo corresponde a: { $condition }
option-steps-heading = Qué pasa, paso a paso
option-visits-label = Visitas
# Variables:
#   $count (Number) - cuántas visitas
option-visits =
    { $count ->
        [one] { $count } visita
        [many] { $count } de visitas
       *[other] { $count } visitas
    }
# Variables:
#   $low (Number) - el menor número de visitas
#   $high (Number) - el mayor número de visitas
option-visits-range = Entre { $low } y { $high } visitas
option-visits-unknown = No se sabe
option-guidance-label = Imágenes para guiarlo
option-anaesthesia-label = Anestesia
option-time-off-label = Tiempo sin hacer las actividades de siempre
option-timeline-heading = Cuándo ayuda y por cuánto tiempo
option-onset-label = Cuándo empieza a ayudar
option-peak-label = Cuándo ayuda más
option-lasts-label = Cuánto dura la ayuda
option-recovery-label = Volver a las actividades de siempre
option-timeline-certainty-label = Qué tan seguros son los estudios sobre estos tiempos:
option-milestones-heading = Etapas de la recuperación
# Variables:
#   $label (String) - la etapa de la recuperación, del contenido, como "caminar sin muletas"
#   $time (String) - cuándo, como "4–6 semanas" o "No se sabe"
option-milestone = { $label }: { $time }
option-outcomes-heading = Beneficios y posibles daños
option-outcomes-intro = Cada cifra viene de estudios. Dice a cuántas personas de un grupo les pasó algo, o cuánto cambió una escala en promedio. Los beneficios y los daños se muestran lado a lado, con el mismo detalle.
option-benefits-heading = Beneficios
option-harms-heading = Posibles daños
option-outcome-benefit = Beneficio
option-outcome-harm = Posible daño
option-outcome-no-data = No hay cifras confiables
option-outcomes-empty = Los estudios no dan nada que mostrar aquí para este problema.
option-scale-lower-better = En esta escala, los puntajes más bajos son mejores.
option-scale-higher-better = En esta escala, los puntajes más altos son mejores.
option-repeats-heading = ¿Se puede repetir?
option-repeats-gap-label = Tiempo mínimo entre tratamientos
option-repeats-max-label = Máximo en un año
# Variables:
#   $count (Number) - el máximo de tratamientos permitidos en un año
option-repeats-max =
    { $count ->
        [one] { $count } vez
        [many] { $count } de veces
       *[other] { $count } veces
    }
option-cost-heading = Costo y seguro médico
option-cost-label = Precio
# Variables:
#   $amount (Number) - el precio, con su moneda, como 574 US$
#   $per (String) - a qué corresponde el precio, como "por inyección"
option-cost-amount = { $amount } { $per }
# Variables:
#   $low (Number) - el precio más bajo encontrado, con su moneda
#   $high (Number) - el precio más alto encontrado, con su moneda
#   $per (String) - a qué corresponde el precio, como "por inyección"
option-cost-range = De { $low } a { $high } { $per }
option-insurance-label = Seguro médico
option-guidelines-heading = Qué dicen las guías clínicas
option-guideline-stance-label = Su consejo
option-regulatory-heading = Aprobación
option-factors-heading = Cosas que pueden cambiar el panorama para usted
option-claims-heading = Lo que dicen las clínicas y lo que dicen los estudios
option-claim-label = Lo que se dice
option-claim-answer-label = Lo que dicen los estudios
option-pay-card-heading = Antes de pagarle a una clínica
option-pay-card-questions = Preguntas que puede hacer
option-pay-card-facts = Datos que debe saber

## Sobre esta información (un panel al final de las pantallas de la enfermedad y de la opción)

about-toggle = Sobre esta información
# Variables:
#   $version (String) - la versión del contenido clínico, como "1.0.0"
about-version = Versión del contenido: { $version }
# Variables:
#   $date (Date) - cuándo se revisó el contenido por última vez frente a los estudios
about-last-reviewed = Última revisión frente a los estudios: { $date }
# Variables:
#   $date (Date) - cuándo toca la próxima revisión
about-next-review = Próxima revisión a más tardar: { $date }
about-decision-heading = La decisión
about-purpose-heading = Para qué sirve esta herramienta
about-updates-heading = Cómo la mantenemos al día
about-funding-heading = Quién la pagó
about-conflicts-heading = Conflictos de interés
about-authors-heading = Quién la escribió

## Errores. Uno por cada código de error de la aplicación. Cada uno dice qué pasó, que no se
## perdió nada de lo escrito y qué hacer.

error-unknown-locale = Este idioma no está disponible. No se perdió nada de lo que escribió. Elija un idioma de la lista.
error-unknown-condition = La aplicación no conoce este problema. No se perdió nada de lo que escribió. Elija un problema de la lista.
error-unknown-stage = La aplicación no conoce esta etapa. No se perdió nada de lo que escribió. Elija una etapa de la lista.
error-text-too-long = Hay texto demasiado largo. No se perdió nada de lo que escribió. Acorte la nota sobre el paciente o su nombre y vuelva a intentarlo.
error-invalid-text = Hay texto con caracteres que la aplicación no puede usar. No se perdió nada de lo que escribió. Use letras, números y signos de puntuación simples, y vuelva a intentarlo.
error-no-consultation = Todavía no se inició ninguna consulta. No se perdió nada de lo que escribió. Vuelva al inicio e inicie la consulta.
error-no-condition = Todavía no se eligió ningún problema. No se perdió nada de lo que escribió. Elija primero el problema.
error-unknown-option = Esta opción no corresponde al problema y la etapa, o la clínica no la ofrece. No se perdió nada de lo que escribió. Elija una opción de la lista.
error-too-many-compared = Puede comparar hasta cuatro opciones a la vez. No se perdió nada de lo que escribió. Quite una y luego elija otra.
error-decision-needs-option = Elija la opción hacia la que se inclina, o elija «Todavía no». No se perdió nada de lo que escribió.
error-invalid-date = La aplicación no puede usar esta fecha. No se perdió nada de lo que escribió. Elija una fecha del calendario.
error-date-in-past = Esta fecha es anterior a hoy. No se perdió nada de lo que escribió. Elija hoy o una fecha posterior.
error-unsupported-version = Este archivo de consulta se hizo con otra versión de la aplicación y no se puede leer. No se cambió nada.
error-summary-failed = No se pudo preparar el resumen. No se perdió nada de lo que escribió. Inténtelo de nuevo; si vuelve a pasar, avise al soporte de la clínica.
error-save-failed = No se pudo guardar el resumen ahí. No se perdió nada de lo que escribió. Elija otra carpeta o revise que haya espacio en el disco.
error-invalid-settings = Hay datos de la configuración que se deben corregir, así que no se guardó nada. No se perdió nada de lo que escribió. Revise los campos marcados.
error-settings-not-saved = No se pudo guardar la configuración en esta computadora. No se perdió nada de lo que escribió. Revise que haya espacio en el disco o pida ayuda al soporte técnico.
error-internal = Algo salió mal dentro de la aplicación. No se perdió nada de lo que escribió. Vuelva a intentarlo.
