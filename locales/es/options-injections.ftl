### Opciones de inyección: esteroides, ácido hialurónico (gel) y plasma rico en plaquetas (PRP).
### Los números están en crates/hipaid-core/content/options/steroid-injection.toml,
### hyaluronic-acid.toml y prp.toml. La aplicación muestra cada número junto a su etiqueta;
### estos textos nunca llevan cifras.

## Inyección de esteroides

option-steroid-injection-name = Inyección de esteroides
option-steroid-injection-summary = Un médico inyecta un esteroide, un medicamento fuerte que calma la hinchazón.
    Por lo general se mezcla con un medicamento para adormecer.
    Para los problemas dentro de la articulación, se inyecta en la articulación de la cadera.
    Una imagen de ecografía o de rayos X guía la aguja.
    Para el dolor en el lado de afuera de la cadera, se inyecta en cambio cerca de los tendones adoloridos.
    Se hace en una sola visita.
    Si alivia, el alivio suele durar de unas semanas a unos pocos meses, no años.
option-steroid-injection-regulatory = El esteroide es un medicamento aprobado.
    La mayoría de las guías clínicas para la artrosis de cadera lo incluyen, para un alivio que dura poco tiempo.
option-steroid-injection-cost = No encontramos un precio confiable para una inyección de esteroides en la cadera.
    No pudimos comprobar si el seguro médico la paga.
    Pregunte en su clínica y a su aseguradora antes de pedir la cita.
# Variables:
#   $gap (String) - el tiempo mínimo entre dos inyecciones, como "tres meses"
#   $max (Number) - cuántas inyecciones como máximo en el mismo lugar en un año
repeats-steroid-injection = Se puede repetir, con límites.
    Las recomendaciones de Inglaterra dicen que hay que esperar al menos { $gap } entre una inyección y otra.
    También dicen que no se deben poner más de { $max } en el mismo lugar en un año.
    Su médico también tendrá en cuenta qué tan bien funcionó la última.

step-steroid-injection-check = El médico revisa que la inyección le convenga.
    Avísele si tiene diabetes o una infección, o si tiene una operación programada.
step-steroid-injection-image = Para una inyección dentro de la articulación, el médico usa una imagen de ecografía o de rayos X.
    Así guía la aguja hasta lo profundo de la cadera.
step-steroid-injection-inject = Se limpia la piel.
    El médico inyecta el esteroide y el medicamento para adormecer.
step-steroid-injection-after = Si el esteroide ayuda, a menudo empieza a notarse en pocos días.
    Busque ayuda de inmediato si tiene fiebre, enrojecimiento o un dolor que sigue empeorando.

factor-steroid-injection-diabetes = Si usted tiene diabetes, es probable que su azúcar en la sangre suba durante unos días.
    La subida es mayor en el primer o el segundo día.
    Es más grande si su azúcar no está bien controlada o si usa insulina.
    Planee con su equipo de salud cómo vigilarla.
factor-steroid-injection-replacement-planned = Si es posible que le hagan un reemplazo de cadera en los próximos meses, hablen de cuándo hacer cada cosa.
    Una cadera nueva colocada poco después de una inyección en la cadera tuvo un riesgo más alto de infección.
    Los estudios no encontraron un riesgo mayor cuando pasó más tiempo entre las dos.
factor-steroid-injection-repeated-injections = Muchas inyecciones a lo largo del tiempo pueden dañar la articulación.
    En un estudio en la rodilla, las inyecciones regulares durante años causaron más pérdida de cartílago que el agua con sal.
    El cartílago es la capa lisa que cubre los extremos de los huesos.
    Estas inyecciones tampoco dieron un alivio del dolor que durara.
    No sabemos si pasa lo mismo en la cadera.
factor-steroid-injection-joint-swelling = En un ensayo, la inyección ayudó más a algunas personas que a otras.
    Ayudó más cuando un estudio de imagen mostraba hinchazón o líquido dentro de la articulación.

outcome-steroid-pain-relief-2m = tienen claramente menos dolor (al menos una quinta parte menos)
outcome-steroid-pain-relief-2m-note = Este fue un ensayo pequeño.
    No incluyó a personas con diabetes.
    El grupo de la inyección simulada mejoró menos que en la mayoría de los ensayos, así que esto puede exagerar el beneficio.
    La inyección simulada tenía medicamento para adormecer y agua con sal.
outcome-steroid-pain-half-2m = tienen mucho menos dolor (al menos la mitad)
outcome-steroid-pain-half-2m-note = Es el mismo ensayo pequeño.
    Puede exagerar el beneficio.
outcome-steroid-pain-relief-3m = tienen claramente menos dolor (al menos una quinta parte menos)
outcome-steroid-pain-relief-3m-note = Es el mismo ensayo pequeño, revisado más adelante.
    Una revisión más grande encontró un beneficio en este momento, pero no en las revisiones posteriores.
outcome-steroid-extra-vs-advice = baja de más en el puntaje de dolor, además de la del otro grupo
outcome-steroid-extra-vs-advice-note = Este número es la diferencia entre los dos grupos.
    Es un promedio de los meses después de la inyección.
    No es el cambio total.
    Los dos grupos recibieron consejos e información.
outcome-steroid-extra-vs-numbing = baja de más en el puntaje de dolor, además de la del otro grupo
outcome-steroid-extra-vs-numbing-note = El esteroide dio un resultado solo un poco mejor que una inyección de medicamento para adormecer.
    El ensayo no pudo descartar que no hubiera ninguna diferencia real.
    Por eso, parte del beneficio puede venir simplemente de recibir una inyección.
outcome-steroid-fai-benefit = tienen menos dolor
no-data-steroid-fai-benefit = Solo un ensayo pequeño ha probado esto para el pinzamiento de cadera o el desgarro del labrum.
    No encontramos en él números que pudiéramos mostrar.
    Se espera que el alivio, si lo hay, dure poco.
outcome-steroid-gtps-success-8w = dicen que el tratamiento funcionó (según la medida de éxito del propio ensayo)
outcome-steroid-gtps-success-8w-note = Aquí la inyección se pone al lado de la cadera, cerca de los tendones adoloridos, no dentro de la articulación.
    En el mismo ensayo, un programa de educación y ejercicio dio mejor resultado que la inyección en este momento.
outcome-steroid-gtps-recovered-3m = dicen que se recuperaron
outcome-steroid-gtps-recovered-12m = dicen que se recuperaron
outcome-steroid-gtps-recovered-12m-note = Para entonces, a las personas que recibieron la atención habitual les iba igual de bien.
    La inyección alivió más rápido, pero no dio una ventaja que durara.
outcome-steroid-inflammatory-benefit = tienen menos dolor e hinchazón en la articulación
no-data-steroid-inflammatory-benefit = Los expertos aceptan una inyección en la articulación cuando una o unas pocas articulaciones siguen inflamadas a pesar de los medicamentos.
    No encontramos números para la cadera.
    El tratamiento principal es un medicamento que actúa en todo el cuerpo.
outcome-steroid-septic-arthritis = sufren una infección por microbios dentro de la articulación (artritis séptica), que necesita atención urgente
outcome-steroid-septic-arthritis-note = Esto es poco común.
    Los números vienen de grandes estudios de historias clínicas.
    Un estudio encontró que no pasaba con más frecuencia que en personas parecidas que no recibieron ninguna inyección.
    Busque ayuda de inmediato si tiene fiebre, enrojecimiento o un dolor que sigue empeorando.
outcome-steroid-rapid-joint-damage = sufren un daño en la articulación que empeora muy rápido
outcome-steroid-rapid-joint-damage-note = Los médicos llaman a esto artrosis de avance rápido.
    Esta cifra viene de una revisión de historias clínicas, con estudios de imagen de antes y después de la inyección.
    Algunos grupos seleccionados informaron números más altos.
    Pero los ensayos no informaron este problema.
    Un estudio que comparó con un grupo de personas parecidas no encontró más daño.
    No se informó con claridad cuánto tiempo pasó después de la inyección.
    No se sabe con certeza cuál es el riesgo real.
outcome-steroid-replacement-infection = sufren una infección de la cadera nueva, colocada poco después de la inyección
outcome-steroid-replacement-infection-note = Esto solo aplica si le hacen un reemplazo de cadera pocos meses después de la inyección.
    La cifra de comparación es un cálculo aproximado.
    Cuando pasó más tiempo entre las dos, los estudios no encontraron un riesgo mayor.
outcome-steroid-flare = tienen un aumento corto del dolor después de la inyección
outcome-steroid-flare-note = Este aumento del dolor empieza en pocas horas y por lo general se calma en un día.
    Es una cifra que se cita con frecuencia.
    No encontramos ningún estudio en la cadera que la contara.
outcome-steroid-gtps-flare = tienen un aumento corto del dolor después de la inyección
no-data-steroid-gtps-flare = No encontramos ningún conteo de aumentos del dolor después de esta inyección en la cadera.
    En un estudio en el hombro con inyecciones cerca de los tendones, el dolor aumentó por un tiempo corto en muchas personas.
    Ese estudio usó una medida diferente.

## Inyección de ácido hialurónico (gel)

option-hyaluronic-acid-name = Inyección de ácido hialurónico (gel)
option-hyaluronic-acid-summary = Un médico inyecta un gel en la articulación de la cadera.
    Un estudio de imagen guía la aguja.
    El gel busca que la articulación se mueva con más suavidad.
    Algunos productos necesitan una sola inyección; otros, una serie corta.
    Los buenos ensayos encontraron que no funcionó mejor que una inyección simulada de agua con sal.
    Muchas personas se sienten mejor después de cualquier inyección, incluso una simulada.
option-hyaluronic-acid-regulatory = No encontramos ninguna declaración de una agencia reguladora sobre estos geles para la cadera.
    Las reglas de pago de los Estados Unidos que encontramos los cubren solo para la rodilla.
    Por eso, las personas por lo general pagan ellas mismas una inyección en la cadera.
option-hyaluronic-acid-cost = No encontramos un precio confiable para una inyección de gel en la cadera.
    Las reglas de los seguros que encontramos solo pagan para la rodilla, así que lo más probable es que usted pague por su cuenta.
    Primero pida el precio completo de toda la serie.
repeats-hyaluronic-acid = No encontramos ninguna regla ni ningún estudio sobre repetirla en la cadera.

step-hyaluronic-acid-check = El médico revisa su cadera.
    Le explica el producto y cuántas inyecciones necesita.
step-hyaluronic-acid-image = Una imagen de ecografía o de rayos X guía la aguja hasta lo profundo de la articulación de la cadera.
step-hyaluronic-acid-inject = El médico inyecta el gel en la articulación.
step-hyaluronic-acid-course = Algunos productos necesitan una serie de inyecciones, separadas por un tiempo fijo.

factor-hyaluronic-acid-insurance = Si usted tiene un seguro médico de los Estados Unidos, pregunte primero.
    Las reglas de pago que encontramos cubren las inyecciones de gel para la rodilla, no para la cadera.
factor-hyaluronic-acid-replacement-planned = Si es posible que le hagan pronto un reemplazo de cadera, pregunte cuándo conviene hacer cada cosa.
    Los estudios encontraron más infecciones cuando se colocó una cadera nueva poco después de una inyección en la cadera.
    La mayor parte de esta investigación fue sobre inyecciones de esteroides.
    Todavía se discute si también se aplica a otras inyecciones.
factor-hyaluronic-acid-placebo-response = El dolor a menudo se alivia después de cualquier inyección en la articulación, incluso de agua con sal.
    Esto puede durar meses.
    Por eso, sentirse mejor después del gel no demuestra que el gel funcionó.

outcome-hyaluronic-acid-benefit = tienen menos dolor o se mueven mejor que con una inyección simulada
no-data-hyaluronic-acid-benefit = Buenos ensayos compararon el gel con una inyección simulada de agua con sal.
    Ninguno encontró que el gel aliviara más el dolor o ayudara más al movimiento en los meses siguientes.
    Por eso, no hay ningún número de beneficio para mostrar.
    Las personas de los dos grupos a menudo se sintieron mejor, porque cualquier inyección puede ayudar por un tiempo.
outcome-hyaluronic-acid-injection-pain = tienen un dolor pasajero donde entró la aguja
outcome-hyaluronic-acid-injection-pain-note = Esto viene de un grupo de pacientes que recibieron una sola inyección de gel.
    No había grupo de comparación.
    El estudio no dijo con claridad durante cuánto tiempo revisó esto.
outcome-hyaluronic-acid-side-effects = tienen otros efectos secundarios
no-data-hyaluronic-acid-side-effects = En los ensayos, los efectos secundarios fueron más o menos igual de comunes con el gel que con una inyección simulada.
    El resumen que usamos no dio números.
outcome-hyaluronic-acid-septic-arthritis = sufren una infección por microbios dentro de la articulación (artritis séptica), que necesita atención urgente
outcome-hyaluronic-acid-septic-arthritis-note = Esta cifra se midió después de inyecciones de esteroides.
    Cualquier aguja que entra en una articulación puede dejar entrar microbios.
    El riesgo del gel no se contó por separado.

## Inyección de plasma rico en plaquetas (PRP)

option-prp-name = Inyección de plasma rico en plaquetas (PRP)
option-prp-summary = Se saca sangre de su brazo.
    Una máquina la hace girar para reunir las plaquetas, unas partes diminutas de la sangre que la ayudan a sanar.
    El médico inyecta esto en la cadera, guiado por una ecografía.
    Las clínicas a menudo venden una serie de unas pocas inyecciones.
    En el único ensayo en la cadera con una inyección simulada, el PRP no dio mejor resultado que el agua con sal.
    Para el dolor en el lado de afuera de la cadera, un ensayo encontró que dio mejor resultado que una inyección de esteroides.
option-prp-regulatory = El PRP se hace en la clínica con su propia sangre.
    No encontramos ninguna aprobación del PRP como tratamiento para la artrosis de cadera ni para el dolor en el lado de afuera de la cadera.
    Las guías clínicas para la artrosis de cadera recomiendan no usarlo.
    Algunas clínicas llaman al PRP un tratamiento regenerativo, es decir, uno que hace crecer tejido de nuevo.
    La agencia de medicamentos de los Estados Unidos (FDA) dice que ningún tratamiento regenerativo está aprobado para ningún problema de los huesos o de las articulaciones.
option-prp-cost = Por lo general usted paga por su cuenta, porque el seguro médico no lo cubre.
    El precio que se muestra es por una inyección.
    Es un precio típico en los hospitales de los Estados Unidos, pero algunos cobran menos y otros cobran más.
    Las clínicas a menudo venden una serie de varias, así que primero pida el precio completo.
repeats-prp = Una serie suele tener unas pocas inyecciones, a menudo una por semana.
    No encontramos ningún estudio sobre repetir una serie.

variant-prp-leukocyte-rich = PRP rico en leucocitos: conserva más glóbulos blancos en la mezcla.
variant-prp-leukocyte-poor = PRP pobre en leucocitos: se le quita la mayoría de los glóbulos blancos.

step-prp-blood = Una enfermera o un médico le saca un poco de sangre del brazo.
step-prp-spin = Una máquina hace girar la sangre para separar las plaquetas.
step-prp-inject = El médico inyecta el PRP dentro de la cadera o a su lado, guiado por una ecografía.
step-prp-course = Es posible que vuelva para más inyecciones, a menudo con una semana de diferencia.

factor-prp-placebo-response = El dolor a menudo se alivia después de cualquier inyección, incluso de agua con sal.
    En el ensayo en la cadera, las personas que recibieron agua con sal mejoraron tanto como las que recibieron PRP.
    Por eso, sentirse mejor después del PRP no demuestra que el PRP funcionó.
factor-prp-arthritis-grade = El único ensayo en la cadera con una inyección simulada se hizo en personas con artrosis leve o moderada.
    Sabemos todavía menos sobre la artrosis grave.
factor-prp-preparation = Las clínicas preparan el PRP de maneras diferentes.
    La cantidad de plaquetas y de glóbulos blancos varía.
    Por eso es difícil comparar los resultados.
    Pregunte cómo lo prepara su clínica.
factor-prp-cost = Por lo general, el seguro médico no paga.
    Las clínicas a menudo venden una serie de varias inyecciones, así que el costo va sumando.
factor-prp-replacement-planned = Si es posible que le hagan pronto un reemplazo de cadera, pregunte cuándo conviene hacer cada cosa.
    Los estudios encontraron más infecciones cuando se colocó una cadera nueva poco después de una inyección en la cadera.
    La mayor parte de esta investigación fue sobre inyecciones de esteroides.
    Todavía se discute si también se aplica a otras inyecciones.

outcome-prp-hip-oa-vs-saline = tienen menos dolor que con una inyección de agua con sal
no-data-prp-hip-oa-vs-saline = Solo un ensayo pequeño en la cadera comparó el PRP con una inyección simulada de agua con sal.
    Los dos grupos mejoraron, y el PRP no dio mejor resultado en ninguna de las revisiones.
    No tenemos números de ese ensayo que podamos mostrar.
    Los otros estudios en la cadera no tenían grupo de comparación.
outcome-prp-knee-pain-vs-saline = cambio en el puntaje de dolor (estudio en la rodilla)
outcome-prp-knee-pain-vs-saline-note = Este gran ensayo se hizo en la rodilla, no en la cadera.
    El PRP y el agua con sal bajaron el dolor más o menos lo mismo.
    Los resultados en la rodilla pueden no aplicarse a la cadera.
outcome-prp-gtps-vs-steroid = logran una mejora clara (según la medida del propio ensayo)
outcome-prp-gtps-vs-steroid-note = Este ensayo se hizo en personas con dolor de los tendones en el lado de afuera de la cadera.
    Comparó el PRP con una inyección de esteroides.
    No hubo inyección simulada, así que no podemos saber cuánto se debió al PRP en sí.
    Los dos grupos estaban parecidos en las primeras semanas.
    Algunas personas a las que no les funcionó la inyección de esteroides se cambiaron después al PRP.
outcome-prp-hip-oa-side-effects = tienen dolor o hinchazón después de la inyección
no-data-prp-hip-oa-side-effects = Las revisiones del PRP en la cadera informaron sobre todo problemas leves.
    Fueron dolor o hinchazón donde entró la aguja.
    No encontraron daños graves.
    Ninguna fuente dijo con qué frecuencia pasan los problemas leves.
outcome-prp-septic-arthritis = sufren una infección por microbios dentro de la articulación (artritis séptica), que necesita atención urgente
outcome-prp-septic-arthritis-note = Esta cifra se midió después de inyecciones de esteroides.
    Cualquier aguja que entra en una articulación puede dejar entrar microbios.
    El riesgo del PRP no se contó por separado.
outcome-prp-gtps-side-effects = tienen efectos secundarios
no-data-prp-gtps-side-effects = El resumen del ensayo que usamos no informó los efectos secundarios.
    No encontramos ningún otro conteo para este uso.
