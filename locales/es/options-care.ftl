### Opciones sin agujas: ejercicio y espera vigilada.
### Los números están en crates/hipaid-core/content/options/exercise.toml y watchful-waiting.toml.
### La aplicación muestra cada número junto a su etiqueta; estos textos nunca llevan cifras.

## Ejercicio y fisioterapia

option-exercise-name = Ejercicio y fisioterapia
option-exercise-summary = Un programa de ejercicios para fortalecer los músculos que rodean su cadera.
    Un fisioterapeuta, que es un experto en ejercicio y movimiento, le enseña qué hacer.
    También aprende sobre su cadera y sobre cómo seguir en movimiento.
    Si le conviene, puede recibir ayuda con su peso.
    No hay agujas ni cirugía.
    Ayuda mientras usted lo siga haciendo.
option-exercise-regulatory = El ejercicio no es un medicamento ni un dispositivo, así que ninguna agencia tiene que aprobarlo.
    Las guías clínicas para la artrosis de cadera lo incluyen como un tratamiento principal.
option-exercise-cost = No encontramos un precio confiable para una serie de sesiones de fisioterapia.
    Pregunte en su clínica o a su aseguradora cuánto pagaría.
    Algunos programas se pueden hacer en casa.
repeats-exercise = Puede seguir todo el tiempo que quiera.
    Las mejoras duran más si sigue haciendo ejercicio.

step-exercise-assess = Un fisioterapeuta revisa su cadera y cómo se mueve usted.
    Hablan de lo que usted quiere poder hacer.
step-exercise-programme = Usted va a varias sesiones durante algunas semanas.
    Aprende ejercicios de fuerza y de equilibrio.
    También aprende datos sobre su cadera y sobre cómo manejar el dolor.
step-exercise-home = Usted hace sus ejercicios en casa entre una sesión y otra.
step-exercise-keep-going = Cuando termina el programa, usted sigue haciendo ejercicio por su cuenta.
    Esto le ayuda a mantener lo que ha logrado.

factor-exercise-pain-at-start = Es posible que su cadera le duela más al principio.
    Las guías clínicas dicen que esto es de esperar.
    También dicen que el ejercicio regular sigue ayudando.
    Avísele a su terapeuta, para que pueda ajustar su plan.
factor-exercise-weight = Las guías clínicas ofrecen ayuda para bajar de peso si usted tiene peso de más.
    En el único ensayo en la cadera que encontramos, añadir una dieta estricta al ejercicio no alivió el dolor claramente más.
    La dieta sí ayudó en algunas otras medidas.
    El cambio de peso no se relacionó con que la artrosis empeorara en la radiografía.
factor-exercise-severe-arthritis = El ejercicio puede ayudar menos cuando la artrosis es grave.
    En un ensayo en personas con artrosis de cadera grave, un reemplazo de cadera subió los puntajes de la cadera mucho más que un programa de fuerza.
    Algunas personas del grupo de ejercicio eligieron operarse en pocos meses.
factor-exercise-waiting-list = Algunas personas ya estaban en una lista de espera para una cadera nueva.
    Era más probable que se operaran poco después del programa.

outcome-exercise-hip-oa-improve = mejoran claramente en dolor y movimiento gracias al ejercicio, además de las que mejoran sin él
outcome-exercise-hip-oa-improve-note = Este número cuenta solo a las personas de más que mejoran gracias al ejercicio.
    Algunas personas también mejoran sin él.
    La mejora se midió al final del programa.
    Todavía se notaba algunos meses después de que terminó el programa.
outcome-exercise-hip-oa-registry-3m = cambio en el puntaje de dolor
outcome-exercise-hip-oa-registry-3m-note = Esto viene de un gran registro de personas que participaron en un programa en grupo de educación y ejercicio.
    No había grupo de comparación.
    Por eso, parte de este cambio podría haber pasado de todos modos.
outcome-exercise-hip-oa-registry-12m = cambio en el puntaje de dolor
outcome-exercise-hip-oa-registry-12m-note = Es el mismo grupo de personas, revisado otra vez más adelante.
    No había grupo de comparación.
    Por eso, parte de este cambio podría haber pasado de todos modos.
outcome-exercise-hip-oa-weight-loss = cambio en el puntaje de dolor al añadir al ejercicio una dieta estricta para bajar de peso
outcome-exercise-hip-oa-weight-loss-note = Los dos grupos hicieron el mismo programa de ejercicios.
    Un grupo también siguió una dieta muy baja en calorías.
    La baja extra del dolor fue pequeña, menos de lo que la mayoría de las personas notaría.
    El grupo de la dieta bajó más de peso y tuvo mejores resultados en algunas otras medidas.
outcome-exercise-gtps-success-vs-wait = dicen que el tratamiento funcionó (según la medida de éxito del propio ensayo)
outcome-exercise-gtps-success-vs-wait-note = Este ensayo se hizo en personas con dolor de los tendones en el lado de afuera de la cadera.
    El programa tenía sesiones de educación y de ejercicio con un fisioterapeuta.
outcome-exercise-gtps-success-vs-steroid = dicen que el tratamiento funcionó (según la medida de éxito del propio ensayo)
outcome-exercise-gtps-success-vs-steroid-note = Es el mismo ensayo de arriba.
    Aquí el programa se compara con una sola inyección de esteroides.
    Un esteroide es un medicamento fuerte que calma la hinchazón.
outcome-exercise-fai-hip-score = aumento en el puntaje de la cadera
outcome-exercise-fai-hip-score-note = Estos ensayos se hicieron en personas con pinzamiento de cadera y sin artrosis.
    Pinzamiento quiere decir que la bola y la cavidad de la cadera chocan y se pellizcan por su forma.
    Los dos grupos mejoraron.
    La cirugía por pequeños cortes subió el puntaje un poco más, cerca del cambio más pequeño que las personas notan.
    Ningún ensayo estudió solo el desgarro del labrum.
outcome-exercise-avn-benefit = tienen menos dolor y se mueven mejor
no-data-exercise-avn-benefit = No encontramos ningún estudio del ejercicio para este problema.
    El ejercicio puede ayudarle a mantener la fuerza y a seguir en movimiento.
    No hay pruebas de que detenga el daño del hueso.
outcome-exercise-inflammatory-benefit = tienen menos dolor y se mueven mejor
no-data-exercise-inflammatory-benefit = Los estudios de ejercicio para la cadera se hicieron en personas con artrosis (desgaste de la articulación).
    Puede que no se apliquen a la artritis inflamatoria.
    En este caso, el tratamiento principal es un medicamento que actúa en todo el cuerpo.
    El ejercicio se usa junto con él.
outcome-exercise-pain-at-start = tienen más dolor en la articulación al empezar
no-data-exercise-pain-at-start = El dolor puede aumentar por un tiempo cuando usted empieza.
    Las recomendaciones para la artrosis de cadera dicen que esto es de esperar y que hay que seguir.
    Ningún estudio que encontramos contó con qué frecuencia pasa.
outcome-exercise-hip-oa-serious-harms = sufren un daño grave causado por el ejercicio
no-data-exercise-hip-oa-serious-harms = La revisión principal no encontró informes de daños graves.
    Las personas que hicieron ejercicio no abandonaron los estudios más que las demás.
    Un ensayo con dieta tampoco encontró daños graves por la dieta.
    No se dieron porcentajes, así que no hay ningún número para mostrar.
outcome-exercise-hip-oa-replacement-2y = terminan con un reemplazo de cadera, incluso después del programa
outcome-exercise-hip-oa-replacement-2y-note = El ejercicio no causó esto.
    Muestra que la artrosis puede empeorar incluso con ejercicio.
    Estas personas participaron en un programa en grupo.
    No había grupo de comparación.

comparator-exercise-hip-arthroscopy = la cirugía por pequeños cortes en la cadera

## Espera vigilada

option-watchful-waiting-name = Espera vigilada
option-watchful-waiting-summary = Usted y su profesional de salud acuerdan no empezar un tratamiento por ahora.
    Usted sigue haciendo sus actividades, y vuelven a revisar la cadera más adelante.
    Puede cambiar de opinión y empezar un tratamiento en cualquier momento.
    Con algunos problemas de cadera, el dolor a menudo se alivia solo.
    Con otros, la cadera empeora poco a poco.
option-watchful-waiting-regulatory = Esperar no es un medicamento ni un dispositivo, así que no necesita aprobación.
option-watchful-waiting-cost = No hay ningún tratamiento que pagar.
    Puede que igual tenga que pagar las visitas de control.
    No encontramos un precio para ellas.
repeats-watchful-waiting = Puede seguir esperando todo el tiempo que le convenga.
    También puede dejar de esperar y elegir un tratamiento en cualquier momento.

step-watchful-waiting-agree-plan = Usted y su profesional de salud acuerdan no empezar un tratamiento por ahora.
    También acuerdan cuándo volver a revisar.
step-watchful-waiting-self-care = Usted hace toda la actividad que pueda y cuida su cadera en la vida diaria.
step-watchful-waiting-watch-signs = Usted observa cómo cambian su dolor y su movimiento.
    Si las cosas empeoran, pida una revisión antes.
step-watchful-waiting-review = En la revisión, usted y su profesional de salud vuelven a ver las opciones.

factor-watchful-waiting-avn-lesion-size = El tamaño y el lugar de la zona de hueso muerto importan mucho.
    Con zonas pequeñas, la bola rara vez se hundió.
    Con zonas grandes, la bola a menudo se hundió en pocos años.
    Un estudio de imagen puede mostrar qué tan grande es la zona.
factor-watchful-waiting-avn-collapse = En muchas personas, la bola de la cadera ya se había hundido cuando se encontró el problema.
    Cuando la bola se ha hundido más que un poco, los expertos suelen preferir un reemplazo de cadera.
factor-watchful-waiting-waiting-list = Algunas personas ya estaban en una lista de espera para una cadera nueva.
    Era más probable que se operaran pronto.
factor-watchful-waiting-scan-findings = En los estudios de imagen de muchas personas sin dolor aparecen desgarros y cambios de forma.
    Por eso, algo que aparece en un estudio de imagen no quiere decir por sí solo que usted necesite tratamiento.
    Sus síntomas, su examen y su estudio de imagen deben coincidir.

outcome-watchful-waiting-hip-oa-benefit = mejoran sin tratamiento
no-data-watchful-waiting-hip-oa-benefit = La principal ventaja de esperar es que usted evita los efectos secundarios y los costos del tratamiento.
    No encontramos ningún conteo de cuántas personas mejoran solas.
    En los ensayos sobre artrosis, los grupos que no recibieron tratamiento cambiaron muy poco en promedio.
outcome-watchful-waiting-avn-benefit = mejoran sin tratamiento
no-data-watchful-waiting-avn-benefit = Ningún estudio que encontramos contó cuántas personas mejoran sin tratamiento.
    En un estudio, con las zonas muertas más pequeñas, la bola no se hundió durante algunos años.
    Esperar también evita los riesgos de una operación.
outcome-watchful-waiting-labral-tear-benefit = tienen menos dolor sin tratamiento
no-data-watchful-waiting-labral-tear-benefit = Ningún estudio que encontramos siguió a personas con un desgarro doloroso que no recibieron tratamiento.
    Los desgarros aparecen en los estudios de imagen de muchas personas que no tienen nada de dolor.
    Por eso, un desgarro no siempre causa problemas.
outcome-watchful-waiting-fai-benefit = tienen menos dolor sin tratamiento
no-data-watchful-waiting-fai-benefit = Ningún estudio que encontramos contó cuántas personas con pinzamiento de cadera mejoran sin tratamiento.
    Las formas de la cadera que lo causan son comunes en personas sin dolor.
outcome-watchful-waiting-gtps-success-8w = dicen que mejoraron (según la medida de éxito del propio ensayo)
outcome-watchful-waiting-gtps-success-8w-note = En este ensayo, a un grupo se le pidió esperar a ver cómo evolucionaba.
    Se comparó con personas que recibieron educación y ejercicio.
    Esperar evita sesiones y agujas.
outcome-watchful-waiting-gtps-recovered-3m = dicen que se recuperaron
outcome-watchful-waiting-gtps-recovered-3m-note = En este ensayo, este grupo recibió la atención habitual de su médico de familia, no una inyección.
    La atención habitual no es exactamente lo mismo que esperar.
outcome-watchful-waiting-gtps-recovered-12m = dicen que se recuperaron
outcome-watchful-waiting-gtps-recovered-12m-note = Es el mismo ensayo, revisado más adelante.
    Para entonces, a las personas con la inyección y sin ella les había ido más o menos igual.
outcome-watchful-waiting-hip-oa-replacement-2y = reciben un reemplazo de cadera
outcome-watchful-waiting-hip-oa-replacement-2y-note = Estas personas habían participado en un programa de educación y ejercicio.
    No encontramos una cifra así para personas que solo esperan.
    No había grupo de comparación.
outcome-watchful-waiting-avn-collapse-large = sufren el hundimiento de la bola de la cadera (zonas muertas más grandes)
outcome-watchful-waiting-avn-collapse-large-note = Estas caderas no se habían hundido cuando empezó el estudio.
    El riesgo dependía del tamaño y del lugar de la zona muerta.
    Este grupo tenía las zonas más grandes.
    No había grupo de comparación.
outcome-watchful-waiting-avn-collapse-medium = sufren el hundimiento de la bola de la cadera (zonas muertas de tamaño mediano)
outcome-watchful-waiting-avn-collapse-medium-note = Estas caderas no se habían hundido cuando empezó el estudio.
    Este grupo tenía zonas muertas de tamaño mediano.
    No había grupo de comparación.
outcome-watchful-waiting-avn-collapse-small = sufren el hundimiento de la bola de la cadera (zonas muertas pequeñas)
outcome-watchful-waiting-avn-collapse-small-note = Estas caderas no se habían hundido cuando empezó el estudio.
    Este grupo tenía zonas muertas pequeñas.
    En el grupo con las zonas más pequeñas, ninguna se hundió.
outcome-watchful-waiting-labral-tear-harm = ven que el dolor o el daño empeora
no-data-watchful-waiting-labral-tear-harm = Ningún estudio que encontramos siguió a personas con un desgarro doloroso que no recibieron tratamiento.
    Por eso, no podemos decir con qué frecuencia empeoran las cosas.
outcome-watchful-waiting-fai-arthritis = desarrollan artrosis de cadera con dolor
outcome-watchful-waiting-fai-arthritis-note = Este largo estudio siguió a personas con pinzamiento de cadera que no se operaron.
    No había grupo de comparación.
outcome-watchful-waiting-fai-replacement = reciben un reemplazo de cadera
outcome-watchful-waiting-fai-replacement-note = Es el mismo largo estudio de personas que no se operaron.
    No había grupo de comparación.
outcome-watchful-waiting-gtps-pain-1y = todavía tienen dolor
outcome-watchful-waiting-gtps-pain-1y-note = Esto viene de un grupo de pacientes, según lo informó una revisión.
    No sabemos qué tratamiento recibieron.
outcome-watchful-waiting-gtps-pain-5y = todavía tienen dolor
outcome-watchful-waiting-gtps-pain-5y-note = Es el mismo grupo de pacientes, revisado años después.
    No sabemos qué tratamiento recibieron.
