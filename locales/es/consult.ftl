### Los pasos de la consulta: la lista de pasos, Atrás y Siguiente, las vistas del profesional y
### del paciente, comparar opciones, lo que le importa al paciente, preguntas, la prueba SURE, la
### decisión y la vista previa del resumen. Palabras sencillas. Los números son variables.

## Lista de pasos, Atrás y Siguiente

consult-steps-label = Pasos de la consulta
# Variables:
#   $number (Number) - el lugar del paso en la lista
consult-step-number = { $number }
consult-step-start = Inicio
consult-step-condition = El problema
consult-step-course = Si no se hace nada
consult-step-options = Opciones
consult-step-compare = Comparar
consult-step-visuals = Beneficios y daños
consult-step-matters = Lo que le importa
consult-step-questions = Preguntas
consult-step-ready = ¿Listo para decidir?
consult-step-decision = Decisión
# Variables:
#   $step (String) - el paso al que lleva Atrás
consult-back = Atrás: { $step }
# Variables:
#   $step (String) - el paso al que lleva Siguiente
consult-next = Siguiente: { $step }
# Variables:
#   $number (Number) - el paso actual
#   $total (Number) - cuántos pasos hay
consult-progress = Paso { $number } de { $total }
# Variables:
#   $step (String) - el paso desde el que se abrieron los detalles
nav-back-step = Volver a: { $step }
consult-needs-condition = Primero elija el problema. Los demás pasos lo usan.
consult-go-condition = Elegir el problema

## Vistas y fin de la consulta

consult-view-patient = Letra grande para el paciente
consult-end = Terminar la consulta
consult-end-confirm = ¿Terminar esta consulta? Todas las respuestas se borran de esta computadora.
consult-end-yes = Sí, terminar y borrar
consult-end-no = No, seguir

## Si no se hace nada

consult-course-heading = Qué pasa si no se hace nada
consult-course-no-figures = La investigación no da números sobre esto.

## Opciones y comparar

consult-compare-legend = Opciones para comparar
consult-compare-hint = Marque de dos a cuatro opciones para verlas lado a lado.
# Variables:
#   $option (String) - el nombre de la opción
consult-compare-this = Comparar { $option }
# Variables:
#   $option (String) - el nombre de la opción
consult-hide-option = La clínica no ofrece { $option }: ocultarla
consult-hidden-heading = Ocultas porque la clínica no las ofrece
# Variables:
#   $option (String) - el nombre de la opción
consult-show-option = Volver a mostrar { $option }
consult-compare-heading = Comparar las opciones
consult-compare-intro = Las opciones están lado a lado, sin orden de preferencia. Cada fila responde una pregunta que la gente suele hacer.
consult-compare-too-few = Marque al menos dos opciones para compararlas.
consult-compare-caption = Los tratamientos elegidos, lado a lado
consult-row-what = ¿Qué es?
consult-row-onset = ¿Cuándo empieza a ayudar?
consult-row-lasts = ¿Cuánto dura?
consult-row-benefits = ¿Cuántas personas mejoran?
consult-row-harms = ¿Qué puede salir mal?
consult-row-recovery = Recuperación
consult-row-repeats = ¿Se puede repetir?
consult-row-cost = Costo
consult-row-certainty = ¿Qué tan segura es la investigación?
consult-row-guidelines = ¿Qué dicen las guías?
# Variables:
#   $span (String) - cuándo ayuda más la opción
consult-peak = Ayuda más: { $span }
# Variables:
#   $span (String) - tiempo sin las actividades de siempre
consult-time-off = Tiempo sin las actividades de siempre: { $span }
# Variables:
#   $guideline (String) - el nombre de la guía
#   $stance (String) - su consejo
consult-guideline-line = { $guideline }: { $stance }
# Variables:
#   $comparator (String) - el grupo de comparación
#   $result (String) - el número de ese grupo
#   $timeframe (String) - el período de tiempo
#   $certainty (String) - qué tan segura es la investigación
consult-outcome-meta = { $comparator }: { $result }. Período: { $timeframe }. { $certainty }.

## Beneficios y daños en imágenes

consult-visuals-heading = Beneficios y daños en imágenes
# Variables:
#   $denominator (Number) - el tamaño del grupo en cada imagen
consult-visuals-intro = Cada imagen muestra { $denominator } personas. Las figuras rellenas son las personas a las que les pasó. La segunda imagen muestra un grupo que no recibió este tratamiento.
consult-timeframes-differ = Los estudios siguieron a las personas durante tiempos distintos. Revise el período debajo de cada imagen antes de comparar.
# Variables:
#   $denominator (Number) - el tamaño del grupo en cada imagen
consult-no-arrays = La investigación no da números de { $denominator } personas para esto.
# Variables:
#   $timeframe (String) - el período de tiempo
#   $certainty (String) - qué tan segura es la investigación
consult-array-meta = Período: { $timeframe }. { $certainty }.
# Variables:
#   $option (String) - el nombre de la opción
consult-array-with = Con { $option }
# Variables:
#   $denominator (Number) - el grupo más grande en que se cuentan los daños raros
consult-rare-heading = Daños raros, de cada { $denominator } personas
consult-words-only-heading = Dicho solo con palabras
consult-timeline-heading = Cuándo ayuda y por cuánto tiempo
consult-timeline-intro = Cada fila muestra una opción durante los meses después del tratamiento. Los tiempos que la investigación no conoce dicen «No se sabe».

## Lo que le importa

consult-matters-heading = ¿Qué le importa a usted?
consult-matters-intro = Diga cuánto le importa cada cosa. No hay respuestas correctas. Sus respuestas se muestran junto a los datos. La aplicación no las suma ni elige una opción por usted.
consult-priority-avoid-surgery = Evitar una operación
consult-priority-quick-relief = Sentir alivio pronto
consult-priority-lasting-relief = Un alivio que dure mucho
consult-priority-low-serious-harm = Poco riesgo de un daño grave
consult-priority-short-recovery = Una recuperación corta
consult-priority-low-cost = Que me cueste poco
consult-priority-strong-evidence = Que haya buena investigación
consult-priority-few-visits = Pocas visitas a la clínica
consult-importance-not-important = No es importante
consult-importance-somewhat = Algo importante
consult-importance-very = Muy importante
consult-matters-note-label = Con sus propias palabras, ¿qué es lo que más le importa? (opcional)
consult-matters-note-hint = Por ejemplo, un viaje, el trabajo o cuidar a alguien.
consult-reflect-heading = Lo que usted dijo, junto a los datos
consult-reflect-intro = Las cosas que dijo que le importan, con lo que cada opción significa para ellas.
consult-reflect-empty = Cuando marque algo como importante, aparecerá aquí junto a los datos.
consult-reflect-you-said = Usted dijo que esto le importa
consult-fact-surgery = Es una operación.
consult-fact-no-surgery = No es una operación.
# Variables:
#   $span (String) - cuándo empieza a ayudar
consult-fact-onset = Empieza a ayudar: { $span }
# Variables:
#   $span (String) - cuánto dura la ayuda
consult-fact-lasts = La ayuda dura: { $span }
# Variables:
#   $span (String) - tiempo hasta las actividades de siempre
consult-fact-recovery = Vuelta a las actividades de siempre: { $span }
# Variables:
#   $visits (String) - el número de visitas
consult-fact-visits = Visitas: { $visits }
# Variables:
#   $number (String) - por ejemplo, «8 de cada 1000 personas»
#   $label (String) - lo que les pasa
consult-fact-harm = { $number }: { $label }
consult-fact-see-details = Vea los detalles

## Preguntas

consult-questions-heading = Preguntas para hacer
consult-questions-intro = Marque las preguntas que quiere hacer. Irán en su resumen para llevar a casa.
consult-questions-legend = Preguntas para el profesional
consult-question-chance-for-me = ¿Qué probabilidad hay de que esto ayude a alguien como yo?
consult-question-if-i-wait = ¿Qué pasa si espero y decido más adelante?
consult-question-back-to-activities = ¿Cuándo puedo volver al trabajo, a manejar o al deporte?
consult-question-if-it-fails = ¿Qué podemos hacer después si esto no ayuda?
consult-question-how-many-done = ¿Con qué frecuencia hace esto usted o esta clínica?
consult-question-cost-to-me = ¿Cuánto me costará y lo pagará mi seguro?
consult-question-what-i-can-do = ¿Qué puedo hacer yo para ayudar a mi cadera?
consult-question-second-opinion = ¿Debería pedir una segunda opinión?
consult-own-questions-label = Sus propias preguntas (opcional)
consult-own-questions-hint = Escríbalas aquí para no olvidarlas.

## ¿Listo para decidir? (SURE)

consult-ready-heading = ¿Listo para decidir?
consult-ready-intro = Cuatro preguntas rápidas. Responda sí o no. Le ayudan a ver si necesita algo más antes de elegir.
consult-sure-sure = ¿Se siente seguro de cuál es la mejor opción para usted?
consult-sure-understand = ¿Conoce los beneficios y los riesgos de cada opción?
consult-sure-risk-benefit = ¿Tiene claro qué beneficios y riesgos le importan más?
consult-sure-encouragement = ¿Tiene suficiente apoyo y consejo para elegir?
consult-yes = Sí
consult-no = No
consult-sure-ready = Respondió sí a las cuatro preguntas. Parece listo para decidir.
consult-sure-not-ready = Tal vez necesite más tiempo, información o apoyo antes de decidir. Está bien. Esto puede ayudar:
consult-sure-help-sure = Tómese tiempo para pensarlo. No tiene que decidir hoy.
consult-sure-help-understand = Repase otra vez los beneficios y los daños, o pida al profesional que se los explique.
consult-sure-help-risk-benefit = Vuelva a mirar lo que le importa y háblelo con alguien de confianza.
consult-sure-help-encouragement = Hable con su familia o sus amigos, o pida una segunda opinión.
consult-teach-back-heading = Comprobar que se entendió (para el profesional)
consult-teach-back-prompt = Pida al paciente que le diga, con sus propias palabras, cuáles son las opciones, qué puede hacer cada una por él y qué sigue. Explique otra vez lo que no esté claro.
consult-teach-back-done = Hecho: el paciente lo explicó con sus palabras

## Decisión y próximos pasos

consult-decision-heading = La decisión
consult-decision-intro = La decisión es suya. Puede decidir ahora, inclinarse por una opción o tomarse más tiempo.
consult-decision-legend = Dónde está ahora
consult-decision-not-yet = Todavía no decidido
consult-decision-leaning = Me inclino por una opción
consult-decision-chosen = Decidido
consult-decision-option-legend = ¿Qué opción?
consult-next-steps-legend = Próximos pasos
consult-next-step-exercise-programme = Empezar un plan de ejercicios
consult-next-step-physio-referral = Ver a un fisioterapeuta
consult-next-step-weight-support = Recibir ayuda con el peso
consult-next-step-book-injection = Pedir cita para la inyección
consult-next-step-surgical-referral = Ver a un cirujano
consult-next-step-more-tests = Hacerse más pruebas o estudios
consult-next-step-time-to-think = Tomarse tiempo para pensar
consult-next-step-talk-with-family = Hablar con la familia o los amigos
consult-next-step-second-opinion = Pedir una segunda opinión
consult-next-step-follow-up-visit = Pedir una cita de seguimiento
consult-follow-up-label = Fecha de seguimiento (opcional)
consult-follow-up-hint = El día de la próxima consulta o llamada.
consult-notes-label = Notas del profesional (opcional)
consult-notes-hint = Se imprimen en la copia del profesional. No escriba el nombre completo del paciente.

## Vista previa del resumen para llevar a casa

consult-preview-heading = Lo que dirá el resumen para llevar a casa
consult-preview-intro = Esto es lo que se dijo y se eligió en esta consulta.
consult-preview-condition = El problema
# Variables:
#   $condition (String) - el problema
#   $stage (String) - su etapa
consult-preview-condition-stage = { $condition }. { $stage }
consult-preview-options = Opciones comparadas
consult-preview-matters = Lo que le importa
# Variables:
#   $priority (String) - lo que importa
#   $importance (String) - cuánto importa
consult-preview-priority = { $priority }: { $importance }
consult-preview-ready = ¿Listo para decidir?
# Variables:
#   $yes (Number) - cuántas respuestas «sí»
#   $total (Number) - cuántas preguntas
consult-preview-sure = { $yes } de { $total } respuestas fueron sí.
consult-preview-sure-incomplete = No se respondieron todas las preguntas.
consult-preview-decision = La decisión
# Variables:
#   $option (String) - el nombre de la opción
consult-preview-leaning = Se inclina por { $option }
# Variables:
#   $option (String) - el nombre de la opción
consult-preview-chosen = Decidió { $option }
consult-preview-next = Próximos pasos
# Variables:
#   $date (Date) - la fecha de seguimiento
consult-preview-follow-up = Seguimiento: { $date }
consult-preview-questions = Preguntas para hacer
consult-preview-none = Nada todavía
consult-preview-pdf-later = El resumen impreso añade los números, las imágenes y las fuentes de cada opción.
consult-print-button = Guardar e imprimir el resumen
# Casilla que aparece cuando el idioma del paciente no es el de la aplicación.
consult-print-bilingual = Imprimir también cada parte en el idioma del profesional
# Se muestra en el botón mientras se prepara el PDF.
consult-print-working = Preparando el resumen…
# Variables:
#   $pages (Number) - páginas del PDF guardado
#   $path (String) - dónde se guardó el PDF
consult-print-saved = { $pages ->
    [one] El resumen (una página) está guardado en { $path }. Se abre en su visor de PDF, listo para imprimir.
   *[other] El resumen ({ $pages } páginas) está guardado en { $path }. Se abre en su visor de PDF, listo para imprimir.
}
# Se muestra en lugar de consult-print-saved cuando no se abrió ningún visor de PDF.
# Variables:
#   $pages (Number) - páginas del PDF guardado
#   $path (String) - dónde se guardó el PDF
consult-print-saved-only = { $pages ->
    [one] El resumen (una página) está guardado en { $path }. Ábralo desde allí para imprimirlo.
   *[other] El resumen ({ $pages } páginas) está guardado en { $path }. Ábralo desde allí para imprimirlo.
}

## The clinic's own notes on cost (clinic settings), shown after the figures above

# Variables:
#   $note (String) - the clinic's own words, as its staff typed them
clinic-cost-note = En esta clínica: { $note }
# Variables:
#   $note (String) - the clinic's own words, as its staff typed them
clinic-insurance-note = Seguro médico en esta clínica: { $note }
