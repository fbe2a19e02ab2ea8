### HipAid, textos de la aplicación: títulos, etiquetas, botones y errores.
### Las palabras clínicas (enfermedades, etapas, opciones, resultados) están en content.ftl,
### y el nombre de cada idioma, en locale.ftl. Español sencillo para lectores de EE. UU. y de
### América Latina; se trata al usuario de «usted».
### Los ids empiezan por la pantalla a la que pertenecen: app-, nav-, start-, condition-, error-.

## Toda la aplicación

app-title = HipAid
app-loading = Cargando…

## Navegación

nav-back = Volver al inicio

## Pantalla de inicio

start-intro = Decidan juntos cómo tratar el dolor de cadera. Primero, prepare esta consulta.
start-ui-locale-label = Idioma de la aplicación
start-ui-locale-hint = El idioma de los botones y los menús. Cambia de inmediato.
start-patient-locale-label = Idioma del paciente
start-patient-locale-hint = El idioma de lo que el paciente lee y se lleva a casa.
start-patient-label-label = Nota sobre el paciente (opcional)
    .placeholder = Por ejemplo: consultorio 4, cita de la mañana
start-patient-label-hint = Una nota corta para distinguir las consultas. No escriba el nombre completo del paciente.
start-clinician-name-label = Su nombre (opcional)
start-clinician-name-hint = Se muestra durante esta consulta para que el paciente sepa con quién habló.
start-submit = Iniciar la consulta
start-submit-busy = Iniciando…

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

## Pantalla de la enfermedad: opciones de tratamiento y sus resultados

condition-options-heading = Opciones de tratamiento
condition-options-empty = Todavía no hay opciones de tratamiento para mostrar.
condition-kind-benefit = Beneficio
condition-kind-harm = Posible daño
# Variables:
#   $count (Number) - a cuántas personas les pasa, como 45 o 0,08
#   $denominator (Number) - de cuántas personas, como 100
condition-outcome-with-option = { $count } de cada { $denominator } personas
# Variables:
#   $low (Number) - el número más bajo probable de personas
#   $high (Number) - el número más alto probable de personas
#   $denominator (Number) - de cuántas personas, como 100
condition-outcome-with-option-range = Entre { $low } y { $high } de cada { $denominator } personas
# Variables:
#   $count (Number) - a cuántas personas les pasa en el grupo de comparación
#   $denominator (Number) - de cuántas personas, como 100
#   $group (String) - el grupo de comparación, de content.ftl, como "con una inyección falsa"
condition-outcome-comparator = Comparado con { $count } de cada { $denominator } personas { $group }
# Variables:
#   $low (Number) - el número más bajo probable de personas en el grupo de comparación
#   $high (Number) - el número más alto probable de personas en el grupo de comparación
#   $denominator (Number) - de cuántas personas, como 100
#   $group (String) - el grupo de comparación, de content.ftl, como "con una inyección falsa"
condition-outcome-comparator-range = Comparado con entre { $low } y { $high } de cada { $denominator } personas { $group }
# Variables:
#   $value (Number) - durante cuántos días se midió el resultado
condition-timeframe-days =
    { $value ->
        [one] Período: { $value } día
        [many] Período: { $value } de días
       *[other] Período: { $value } días
    }
# Variables:
#   $value (Number) - durante cuántas semanas se midió el resultado
condition-timeframe-weeks =
    { $value ->
        [one] Período: { $value } semana
        [many] Período: { $value } de semanas
       *[other] Período: { $value } semanas
    }
# Variables:
#   $value (Number) - durante cuántos meses se midió el resultado
condition-timeframe-months =
    { $value ->
        [one] Período: { $value } mes
        [many] Período: { $value } de meses
       *[other] Período: { $value } meses
    }
# Variables:
#   $value (Number) - durante cuántos años se midió el resultado
condition-timeframe-years =
    { $value ->
        [one] Período: { $value } año
        [many] Período: { $value } de años
       *[other] Período: { $value } años
    }

## Qué tan seguros son los estudios (certeza GRADE), en palabras. Se muestra junto a un
## pequeño medidor; las palabras dan el significado, el medidor solo lo repite.

condition-certainty-high = Certeza alta: estamos muy seguros de esta cifra.
condition-certainty-moderate = Certeza moderada: estamos bastante seguros de esta cifra.
condition-certainty-low = Certeza baja: la cifra real puede ser bastante diferente.
condition-certainty-very-low = Certeza muy baja: es probable que la cifra real sea bastante diferente.

## Fuentes de las cifras

# Variables:
#   $count (Number) - cuántas fuentes siguen
condition-outcome-sources =
    { $count ->
        [one] Fuente:
        [many] Fuentes:
       *[other] Fuentes:
    }
# Variables:
#   $number (Number) - el número de la fuente en la lista al final de la página
condition-source-link = { $number }
    .aria-label = Fuente { $number }
condition-references-heading = Fuentes

## Errores. Uno por cada código de error de la aplicación. Cada uno dice qué pasó, que no se
## perdió nada de lo escrito y qué hacer.

error-unknown-locale = Este idioma no está disponible. No se perdió nada de lo que escribió. Elija un idioma de la lista.
error-unknown-condition = La aplicación no conoce este problema. No se perdió nada de lo que escribió. Elija un problema de la lista.
error-unknown-stage = La aplicación no conoce esta etapa. No se perdió nada de lo que escribió. Elija una etapa de la lista.
error-text-too-long = Hay texto demasiado largo. No se perdió nada de lo que escribió. Acorte la nota sobre el paciente o su nombre y vuelva a intentarlo.
error-invalid-text = Hay texto con caracteres que la aplicación no puede usar. No se perdió nada de lo que escribió. Use letras, números y signos de puntuación simples, y vuelva a intentarlo.
error-no-consultation = Todavía no se inició ninguna consulta. No se perdió nada de lo que escribió. Vuelva al inicio e inicie la consulta.
error-internal = Algo salió mal dentro de la aplicación. No se perdió nada de lo que escribió. Vuelva a intentarlo.
