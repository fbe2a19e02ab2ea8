### Problemas de cadera: nombres, resúmenes, cómo se encuentra cada uno, qué pasa sin tratamiento,
### etapas, cómo encaja cada opción en cada problema y etiquetas de las cifras sobre cada problema.
### Los números no están aquí: están en crates/hipaid-core/content/conditions/ y la aplicación los
### muestra junto a estas palabras. Lenguaje sencillo, para el nivel de lectura de un joven de trece
### años. Sin cifras.
### Las etiquetas de las cifras dicen QUÉ se cuenta; la aplicación pone delante «N de cada 100
### personas:» y muestra al lado el período y la certeza.

## Artrosis de cadera

condition-hip-oa-name = Artrosis de cadera (artritis por desgaste)
condition-hip-oa-summary =
    Los extremos de los huesos de la cadera están cubiertos por una capa lisa llamada cartílago.
    En la artrosis, esta capa se va gastando. La cadera puede doler, sentirse rígida y moverse peor.
    Es muy común a medida que las personas envejecen.
condition-hip-oa-diagnosis =
    Un médico o un fisioterapeuta a menudo puede saberlo por lo que usted le cuenta y por un examen.
    Por lo general, esto basta si usted tiene edad mediana o más, el dolor aparece con la actividad
    y la rigidez de la mañana, si la hay, dura poco (media hora o menos).
    No siempre se necesita una radiografía. Puede ayudar cuando las señales no son las habituales,
    o para ver cuánto ha cambiado la articulación.
    La radiografía y el dolor no siempre coinciden. Algunas personas con cambios grandes tienen poco dolor.
condition-hip-oa-course =
    La manera en que la artrosis de cadera cambia con el tiempo varía mucho de una persona a otra.
    Algunas personas siguen más o menos igual durante mucho tiempo. En otras empeora,
    y algunas de ellas eligen una cadera nueva. Es difícil saber de antemano cómo será en su caso.
    Los números que se muestran aquí vienen de grandes grupos de personas a las que se siguió durante años.

stage-hip-oa-kl-1-name = Grado uno: dudoso
stage-hip-oa-kl-1-description =
    La radiografía puede mostrar que el espacio entre los huesos es apenas un poco más estrecho, o un bultito de hueso.
    Todavía no está claro que sea artrosis.
stage-hip-oa-kl-2-name = Grado dos: leve
stage-hip-oa-kl-2-description =
    El espacio entre los huesos es un poco más estrecho. Han crecido pequeños bultos de hueso (espolones).
    El hueso debajo del cartílago puede estar un poco más duro.
    Los estudios por lo general cuentan como artrosis a partir de este grado.
stage-hip-oa-kl-3-name = Grado tres: moderado
stage-hip-oa-kl-3-description =
    El espacio entre los huesos es claramente más estrecho. Hay más espolones de hueso.
    El hueso debajo del cartílago se ha endurecido y puede tener pequeños huecos (quistes).
    La articulación puede empezar a cambiar de forma.
stage-hip-oa-kl-4-name = Grado cuatro: grave
stage-hip-oa-kl-4-description =
    Casi todo el espacio entre los huesos ha desaparecido. Hay espolones de hueso grandes,
    y la articulación ha cambiado de forma claramente.

applies-hip-oa-exercise =
    El ejercicio es un tratamiento principal en todas las etapas. Las principales guías clínicas lo recomiendan para la artrosis de cadera.
    Ayuda mientras usted lo siga haciendo.
applies-hip-oa-watchful-waiting =
    Usted puede elegir esperar y ver cómo evoluciona su cadera.
    A menudo hay tiempo para pensarlo. Puede elegir otra opción en cualquier momento.
applies-hip-oa-steroid-injection =
    Una inyección de esteroides se puede usar en cualquier etapa para aliviar el dolor a corto plazo.
    El efecto por lo general desaparece en pocos meses.
    Es mejor evitarla en los meses justo antes de un reemplazo de cadera, porque puede aumentar el riesgo de infección.
applies-hip-oa-hyaluronic-acid =
    Algunas clínicas ofrecen inyecciones de gel (ácido hialurónico) en cualquier etapa.
    Las principales guías clínicas recomiendan no usarlas en la cadera.
    Buenos estudios encontraron que no funcionan mejor que una inyección simulada.
applies-hip-oa-prp =
    Algunas clínicas ofrecen PRP, una inyección hecha con su propia sangre. Las principales guías clínicas no lo recomiendan.
    El único estudio en la cadera que lo comparó con una inyección simulada no encontró ninguna diferencia.
applies-hip-oa-stem-cell-injection =
    Algunas clínicas venden inyecciones de «células madre» para la artrosis de cadera.
    Ningún ensayo con un grupo de comparación las ha probado en la cadera.
    Las guías clínicas no las recomiendan. La agencia de medicamentos de los Estados Unidos (FDA) no ha aprobado ninguna para este uso.
applies-hip-oa-hip-arthroscopy =
    A veces se ofrece la cirugía por pequeños cortes cuando la artrosis es dudosa o leve.
    Cuando ya hay artrosis, el beneficio es menor.
    Además, las personas suelen necesitar antes una cadera nueva.
applies-hip-oa-hip-replacement =
    Una cadera nueva es una opción cuando la artrosis es moderada o grave.
    En un ensayo en artrosis grave, dio mejoras mucho mayores que un programa de ejercicios de fuerza.
    Es una operación mayor, con riesgos reales.

# Variables:
#   $ageTo (Number) - hasta qué edad
figure-hip-oa-lifetime-risk = llegan a tener artrosis de cadera que causa dolor o rigidez para cuando cumplen { $ageTo } años
# Variables:
#   $ageFrom (Number) - desde qué edad
figure-hip-oa-hip-symptoms-45 = tienen dolor, molestias o rigidez en la cadera (personas de { $ageFrom } años o más)
# Variables:
#   $ageFrom (Number) - desde qué edad
figure-hip-oa-xray-45 = tienen señales de artrosis de cadera en una radiografía (personas de { $ageFrom } años o más)
# Variables:
#   $ageFrom (Number) - desde qué edad
figure-hip-oa-symptomatic-45 = tienen artrosis de cadera que se ve en una radiografía y causa dolor o rigidez (personas de { $ageFrom } años o más)
# Variables:
#   $ageFrom (Number) - desde qué edad
figure-hip-oa-symptomatic-75 = tienen artrosis de cadera que se ve en una radiografía y causa dolor o rigidez (personas de { $ageFrom } años o más)
# Variables:
#   $ageFrom (Number) - desde qué edad
figure-hip-oa-severe-xray-45 = tienen artrosis de cadera grave en una radiografía (personas de { $ageFrom } años o más)
# Variables:
#   $ageFrom (Number) - desde qué edad
figure-hip-oa-new-symptomatic-45 = empiezan a tener artrosis de cadera que causa dolor o rigidez, cada año (personas de { $ageFrom } años o más)
# Variables:
#   $ageFrom (Number) - desde qué edad
figure-hip-oa-new-xray-45 = empiezan a tener señales de artrosis de cadera en una radiografía, cada año (personas de { $ageFrom } años o más)
# Variables:
#   $ageFrom (Number) - desde qué edad
figure-hip-oa-new-severe-xray-45 = empiezan a tener artrosis de cadera grave en una radiografía, cada año (personas de { $ageFrom } años o más)
figure-hip-oa-world-prevalence = tienen artrosis de cadera (en todo el mundo)
figure-hip-oa-world-new-cases = empiezan a tener artrosis de cadera cada año (en todo el mundo)
figure-hip-oa-replacement-after-exercise-2y = recibieron una cadera nueva, después de un programa de ejercicio y consejos
figure-hip-oa-replacement-waitlisted-2y = recibieron una cadera nueva después del mismo programa, si estaban en una lista de espera para operarse

## Pérdida del riego de sangre a la bola de la cadera (necrosis avascular)

condition-avn-name = Pérdida del riego de sangre a la bola de la articulación de la cadera (necrosis avascular)
condition-avn-summary =
    Una parte de la bola que está en la punta del hueso del muslo pierde su riego de sangre.
    Sin sangre, esa parte del hueso muere. Con el tiempo, la bola puede agrietarse y hundirse.
    Después, la articulación se puede gastar. Afecta sobre todo a adultos jóvenes y de mediana edad.
condition-avn-diagnosis =
    Una resonancia magnética puede encontrarla temprano, cuando la radiografía todavía se ve normal.
    Más adelante, la radiografía muestra cambios en el hueso.
    Los médicos le asignan una etapa. La etapa muestra si la bola empezó a hundirse, y cuánto.
    Cuando se encuentra el problema, muchas caderas ya han empezado a hundirse.
    A veces se encuentra en una cadera que todavía no duele.
condition-avn-course =
    Sin tratamiento, este problema a menudo empeora con el tiempo.
    Qué tan rápido depende mucho del tamaño de la zona muerta y de dónde está.
    Las zonas muertas pequeñas a menudo se mantienen estables durante años. Las grandes a menudo llevan al hundimiento en pocos años.
    Cuando la bola se hunde, la articulación tiende a gastarse, y muchas personas necesitan una cadera nueva.
    Es difícil predecir qué pasará en una cadera en particular.

stage-avn-arco-1-name = Etapa I: se ve solo en la resonancia magnética
stage-avn-arco-1-description =
    La radiografía se ve normal. Una resonancia magnética o una gammagrafía ósea muestra la zona muerta.
    La bola de la cadera todavía tiene su forma normal.
stage-avn-arco-2-name = Etapa II: se ve en la radiografía, la bola sigue redonda
stage-avn-arco-2-description =
    La radiografía muestra cambios en el hueso, como manchas más densas o pequeños huecos.
    Todavía no hay una grieta debajo de la superficie, y la bola no ha empezado a aplanarse.
stage-avn-arco-3a-name = Etapa IIIA: hundimiento temprano
stage-avn-arco-3a-description =
    Se ha formado una grieta debajo de la superficie de la bola.
    La bola no se ha hundido, o se ha hundido solo un poco: dos milímetros o menos.
stage-avn-arco-3b-name = Etapa IIIB: hundimiento
stage-avn-arco-3b-description =
    Se ha formado una grieta debajo de la superficie de la bola.
    La bola se ha hundido más de dos milímetros.
stage-avn-arco-4-name = Etapa IV: artrosis
stage-avn-arco-4-description =
    La articulación ha empezado a gastarse, como en la artrosis.
    El espacio entre la bola y la cavidad es más estrecho, y la cavidad también ha cambiado.

applies-avn-exercise =
    El ejercicio puede mantener los músculos fuertes y la cadera en movimiento. No devuelve el riego de sangre al hueso.
    No encontramos ningún estudio que probara el ejercicio para este problema.
applies-avn-watchful-waiting =
    Algunas personas eligen vigilar la cadera, con revisiones regulares.
    Cuando la zona muerta es pequeña, la bola a menudo se mantiene entera durante años.
    Cuando es grande, la bola a menudo se hunde en pocos años.
applies-avn-stem-cell-injection =
    Las células inyectadas solas en la articulación no se han probado para este problema.
    En los estudios, las células se colocan en el hueso durante una operación de perforación, llamada descompresión del núcleo.
    Esa es una opción aparte.
applies-avn-hip-replacement =
    Una cadera nueva es una opción cuando la bola ha empezado a hundirse o la articulación se ha gastado.
    Una revisión prefiere una cadera nueva cuando la bola se ha hundido más de dos milímetros.
applies-avn-core-decompression =
    Antes de que la bola se hunda, un cirujano puede perforar el hueso muerto.
    Esto busca bajar la presión y ayudar a que el hueso sane.
    Solo se usa en estas etapas tempranas. Algunas caderas se hunden de todos modos después.
applies-avn-core-decompression-cells =
    Antes de que la bola se hunda, se pueden añadir a la descompresión del núcleo células de su propia médula ósea.
    Los estudios sugieren que se hunden menos caderas que con la perforación sola.
    No está claro que menos personas necesiten una cadera nueva.
    La evidencia es solo regular. Algunas aseguradoras la consideran experimental.

figure-avn-new-cases-us = adultos de los Estados Unidos a los que se les encuentra este problema por primera vez cada año (sobre todo jóvenes o de mediana edad)
figure-avn-collapsed-at-diagnosis = ya tenían la bola hundida cuando se encontró el problema
figure-avn-collapse-type-a-2y = sufren el hundimiento de la bola (bola todavía entera al principio; zona muerta más pequeña, tipo A)
figure-avn-collapse-type-a-5y = sufren el hundimiento de la bola (bola todavía entera al principio; zona muerta más pequeña, tipo A)
figure-avn-collapse-type-b-2y = sufren el hundimiento de la bola (bola todavía entera al principio; zona muerta pequeña, tipo B)
figure-avn-collapse-type-b-5y = sufren el hundimiento de la bola (bola todavía entera al principio; zona muerta pequeña, tipo B)
figure-avn-collapse-type-c1-2y = sufren el hundimiento de la bola (bola todavía entera al principio; zona muerta grande, tipo C-uno)
figure-avn-collapse-type-c1-5y = sufren el hundimiento de la bola (bola todavía entera al principio; zona muerta grande, tipo C-uno)
figure-avn-collapse-type-c2-2y = sufren el hundimiento de la bola (bola todavía entera al principio; zona muerta más grande, tipo C-dos)
figure-avn-collapse-type-c2-5y = sufren el hundimiento de la bola (bola todavía entera al principio; zona muerta más grande, tipo C-dos)
figure-avn-silent-hip-becomes-painful = empiezan a tener dolor en la cadera (caderas con el problema pero sin dolor al principio)
figure-avn-silent-hip-collapses = sufren el hundimiento de la bola (caderas con el problema pero sin dolor al principio)
figure-avn-untreated-progresses = empeoran sin tratamiento, y la mayoría de ellas necesitan después una cadera nueva

## Un desgarro del borde de tejido blando que rodea la cavidad de la cadera (desgarro del labrum)

condition-labral-tear-name = Un desgarro del borde de tejido blando que rodea la cavidad de la cadera (desgarro del labrum)
condition-labral-tear-summary =
    El labrum es un borde de tejido blando que rodea la orilla de la cavidad de la cadera.
    Ayuda a mantener la bola de la cadera en su lugar. Un desgarro en el labrum puede causar dolor.
    Pero muchos desgarros no causan nada de dolor.
condition-labral-tear-diagnosis =
    Un médico le pregunta por su dolor y revisa cómo se mueve su cadera.
    Una resonancia magnética puede mostrar un desgarro. Pero los estudios de imagen también muestran desgarros en muchas personas sin dolor de cadera.
    Por eso, un desgarro en un estudio de imagen es solo una parte de la historia.
    Sus síntomas y el examen deben coincidir con el estudio de imagen antes de pensar en una cirugía.
condition-labral-tear-course =
    Se sabe poco sobre lo que hace un desgarro con el tiempo si no se trata.
    Muchos desgarros nunca causan dolor. Cuando un desgarro sí duele, el dolor puede calmarse o puede seguir.
    Un desgarro puede venir junto con un problema de forma de la cadera llamado pinzamiento, o con una artrosis temprana.
    Esto puede cambiar lo que pase después.

stage-labral-tear-without-oa-name = Sin artrosis
stage-labral-tear-without-oa-description =
    El cartílago de la articulación todavía está en buen estado. La radiografía no muestra artrosis.
stage-labral-tear-with-oa-name = Con artrosis
stage-labral-tear-with-oa-description =
    También ha empezado la artrosis: el cartílago de la articulación ha empezado a gastarse.
    Esto cambia qué tratamientos pueden ayudar.

applies-labral-tear-exercise =
    El ejercicio y la fisioterapia son un primer paso habitual. Los expertos están de acuerdo en que es un tratamiento adecuado.
    Busca fortalecer los músculos que rodean la cadera y aliviar el dolor.
applies-labral-tear-watchful-waiting =
    Muchas personas tienen un desgarro y nada de dolor. Un desgarro en un estudio de imagen no siempre necesita tratamiento.
    Usted puede ver cómo evoluciona y decidir más adelante.
applies-labral-tear-steroid-injection =
    Una inyección de esteroides en la cadera puede aliviar el dolor por un tiempo corto.
    Para los desgarros y el pinzamiento, solo un estudio pequeño la ha probado.
applies-labral-tear-stem-cell-injection =
    Algunas clínicas venden inyecciones de «células madre» para los desgarros del labrum.
    No encontramos ningún estudio de estas inyecciones para los desgarros del labrum.
    La agencia de medicamentos de los Estados Unidos (FDA) no ha aprobado ninguna para ningún problema de los huesos o de las articulaciones.
applies-labral-tear-hip-arthroscopy =
    La cirugía por pequeños cortes puede reparar o recortar el borde desgarrado. Es una opción para algunas personas sin artrosis.
    En ensayos en personas con pinzamiento de cadera, que a menudo viene con un desgarro,
    tanto la cirugía como la fisioterapia ayudaron. La cirugía ayudó un poco más en promedio.
applies-labral-tear-hip-replacement =
    Si ya hay artrosis, una cadera nueva es una opción.
    La cirugía por pequeños cortes ayuda menos cuando ya hay artrosis.

figure-labral-tear-on-mri-no-pain = tienen un desgarro del labrum en una resonancia magnética (personas sin dolor de cadera)
figure-labral-tear-cartilage-damage-no-pain = tienen daño del cartílago en una resonancia magnética (personas sin dolor de cadera)
figure-labral-tear-young-no-pain = tienen un desgarro del labrum en un estudio de imagen (adultos jóvenes sin dolor de cadera)
figure-labral-tear-pooled-no-pain = tienen un desgarro o un daño del borde en un estudio de imagen (caderas sin dolor; una revisión de varios estudios)

## Pinzamiento de cadera (pinzamiento femoroacetabular)

condition-fai-name = Pinzamiento de cadera: la bola y la cavidad rozan por su forma (pinzamiento femoroacetabular)
condition-fai-summary =
    La bola o la cavidad de la cadera tiene una forma poco común.
    Cuando hay hueso de más en la bola, se le llama forma tipo «cam».
    Cuando el borde de la cavidad cubre la bola de más, se le llama forma tipo «pincer» (de tenaza).
    Cuando la cadera se dobla, los bordes pueden rozar y pellizcarse. Esto puede doler, y puede dañar el borde de la cavidad.
condition-fai-diagnosis =
    Los médicos lo llaman pinzamiento solo cuando coinciden tres cosas: sus síntomas, el examen y la radiografía o el estudio de imagen.
    Estas formas de la cadera son muy comunes en personas sin dolor, y más todavía en los deportistas.
    Por eso, una forma que aparece en un estudio de imagen no quiere decir por sí sola que necesite tratamiento.
condition-fai-course =
    Sin cirugía, la mayoría de las personas con pinzamiento no llegan a tener artrosis, incluso después de muchos años.
    Algunas sí, y unas pocas terminan necesitando una cadera nueva.
    No es posible saber con seguridad a quién le pasará.

stage-fai-without-oa-name = Sin artrosis
stage-fai-without-oa-description =
    El cartílago de la articulación todavía está en buen estado. La radiografía no muestra artrosis.
stage-fai-with-oa-name = Con artrosis
stage-fai-with-oa-description =
    También ha empezado la artrosis: el cartílago de la articulación ha empezado a gastarse.
    Esto cambia qué tratamientos pueden ayudar.

applies-fai-exercise =
    La fisioterapia y el ejercicio son un primer paso habitual. Los expertos están de acuerdo en que es una opción adecuada.
    En los ensayos, las personas mejoraron con ellos. La cirugía ayudó un poco más, en promedio.
applies-fai-watchful-waiting =
    Muchas personas tienen esta forma de la cadera y nunca tienen dolor.
    Con los años, solo algunas personas con pinzamiento llegan a tener artrosis.
    Usted puede ver cómo evoluciona y decidir más adelante.
applies-fai-steroid-injection =
    Una inyección de esteroides en la cadera puede aliviar el dolor por un tiempo corto.
    Solo un estudio pequeño la ha probado para el pinzamiento.
applies-fai-hip-arthroscopy =
    La cirugía por pequeños cortes puede dar nueva forma al hueso y reparar el borde de la cavidad.
    Es una opción para algunas personas sin artrosis.
    En los ensayos, ayudó un poco más que la fisioterapia en promedio.
    La diferencia estuvo cerca del cambio más pequeño que las personas notan.
applies-fai-hip-replacement =
    Si ya hay artrosis, una cadera nueva es una opción.
    Con los años, una pequeña parte de las personas con pinzamiento la necesitan.

figure-fai-cam-shape-no-pain = tienen una forma tipo «cam», con hueso de más en la bola (caderas sin síntomas)
figure-fai-cam-shape-athletes-no-pain = tienen una forma tipo «cam» (caderas de deportistas sin síntomas)
figure-fai-cam-shape-general-no-pain = tienen una forma tipo «cam» (caderas sin síntomas, en la población general)
figure-fai-pincer-shape-no-pain = tienen una forma tipo «pincer», con el borde de la cavidad cubriendo la bola de más (caderas sin síntomas)
figure-fai-painful-arthritis-25y = llegan a tener artrosis de cadera que causa dolor o rigidez, sin cirugía para la forma de la cadera
figure-fai-hip-replacement-25y = reciben una cadera nueva, sin cirugía para la forma de la cadera

## Dolor en el lado de afuera de la cadera (síndrome de dolor del trocánter mayor)

condition-gtps-name = Dolor en el lado de afuera de la cadera (síndrome de dolor del trocánter mayor, a menudo llamado bursitis)
condition-gtps-summary =
    Este dolor se siente en el lado de afuera de la cadera, no dentro de la articulación.
    A menudo se le llama bursitis. Pero viene sobre todo de los tendones de los músculos de las nalgas,
    en el lugar donde se unen a la punta de hueso que está al costado de la cadera.
    Es más común en las mujeres que en los hombres.
condition-gtps-diagnosis =
    Un médico por lo general puede encontrarlo por lo que usted le cuenta y por un examen.
    A menudo viene junto con dolor en la parte baja de la espalda, o con artrosis de la rodilla del mismo lado.
    Un estudio de imagen puede mostrar cambios en los tendones o en la bursa, una pequeña bolsa llena de líquido que sirve de cojín.
    Pero la mayoría de las personas sin dolor también tienen estos cambios. Por eso, el examen importa más que el estudio de imagen.
condition-gtps-course =
    Este dolor a menudo dura mucho tiempo. Muchas personas todavía lo tienen un año después,
    y muchas todavía lo tienen años después. Algunas personas mejoran sin tratamiento.
    No está claro quiénes mejorarán solas.

applies-gtps-exercise =
    El ejercicio y los consejos sobre cómo cargar los tendones son un primer paso habitual.
    En un ensayo, esto dio buenos resultados a corto plazo. No se usan agujas.
applies-gtps-watchful-waiting =
    Este dolor puede calmarse solo, pero a menudo despacio. En un estudio, muchas personas todavía lo tenían años después.
    Usted puede esperar, ver cómo evoluciona y decidir más adelante.
applies-gtps-steroid-injection =
    Una inyección al lado de la cadera, no dentro de la articulación, puede aliviar el dolor durante algunas semanas.
    En un ensayo, ayudó más al principio.
    Al cabo de un año, a las personas sin la inyección les iba más o menos igual de bien.
applies-gtps-prp =
    El PRP, una inyección hecha con su propia sangre, se ofrece para este dolor.
    Un ensayo lo comparó con una inyección de esteroides, pero no tuvo una inyección simulada.
    Por eso, no se sabe qué parte del efecto se debe al PRP en sí.
applies-gtps-stem-cell-injection =
    Algunas clínicas venden inyecciones de «células madre» para este dolor. No encontramos ningún estudio de ellas para este problema.
    La agencia de medicamentos de los Estados Unidos (FDA) no ha aprobado ninguna para ningún problema de los huesos o de las articulaciones.

# Variables:
#   $ageFrom (Number) - desde qué edad
#   $ageTo (Number) - hasta qué edad
figure-gtps-women-one-side = tienen este dolor en un lado (mujeres de { $ageFrom } a { $ageTo } años)
# Variables:
#   $ageFrom (Number) - desde qué edad
#   $ageTo (Number) - hasta qué edad
figure-gtps-women-both-sides = tienen este dolor en los dos lados (mujeres de { $ageFrom } a { $ageTo } años)
# Variables:
#   $ageFrom (Number) - desde qué edad
#   $ageTo (Number) - hasta qué edad
figure-gtps-men-one-side = tienen este dolor en un lado (hombres de { $ageFrom } a { $ageTo } años)
# Variables:
#   $ageFrom (Number) - desde qué edad
#   $ageTo (Number) - hasta qué edad
figure-gtps-men-both-sides = tienen este dolor en los dos lados (hombres de { $ageFrom } a { $ageTo } años)
figure-gtps-new-cases = empiezan a tener este dolor cada año (adultos)
figure-gtps-scan-changes-no-pain = tienen cambios en los tendones o en la bursa en un estudio de imagen (personas sin dolor)
figure-gtps-still-painful-1y = todavía tienen este dolor (un estudio de los Países Bajos)
figure-gtps-still-painful-5y = todavía tienen este dolor (el mismo estudio)
figure-gtps-better-wait-and-see-8w = están claramente mejor sin tratamiento (en un ensayo, el grupo de «esperar a ver»)

## Artritis inflamatoria de la cadera (como la artritis reumatoide)

condition-inflammatory-arthritis-name = Artritis inflamatoria de la cadera (como la artritis reumatoide)
condition-inflammatory-arthritis-summary =
    El cuerpo tiene un sistema de defensa, llamado sistema inmunitario.
    En este problema, ese sistema ataca la membrana que recubre las articulaciones.
    Esto causa hinchazón, dolor y rigidez. Con el tiempo, puede dañar el cartílago y el hueso.
    Se trata sobre todo con medicamentos que calman el sistema inmunitario.
    Un reumatólogo, un médico de las enfermedades de las articulaciones y del sistema inmunitario, se encarga de estos medicamentos.
    La mayoría de los estudios de inyecciones en la cadera y de ejercicio se hicieron en la artrosis, no en este problema.
condition-inflammatory-arthritis-diagnosis =
    Por lo general, un reumatólogo lo confirma. Le pregunta por sus articulaciones y las revisa para ver si están hinchadas.
    También puede usar análisis y estudios de imagen.
    Una radiografía puede mostrar si la articulación de la cadera se ha dañado.
condition-inflammatory-arthritis-course =
    Sin tratamiento, la hinchazón dentro de la articulación puede dañarla poco a poco.
    Los medicamentos que calman el sistema inmunitario son la forma principal de evitarlo.
    En un estudio que siguió a personas durante años, la mayoría no tuvo problemas de cadera,
    y pocas tuvieron un daño grave en la cadera.
    Encontramos pocos resultados de los tratamientos de cadera en este problema en particular.

stage-inflammatory-arthritis-active-name = Inflamación activa
stage-inflammatory-arthritis-active-description =
    La membrana que recubre la articulación está hinchada y adolorida. El dolor y la rigidez vienen sobre todo de esta hinchazón.
    Los medicamentos pueden calmarla.
stage-inflammatory-arthritis-joint-damage-name = Daño permanente en la articulación
stage-inflammatory-arthritis-joint-damage-description =
    La hinchazón ha desgastado el cartílago y el hueso. Los medicamentos pueden calmar la hinchazón,
    pero no pueden deshacer este daño.

applies-inflammatory-arthritis-exercise =
    El ejercicio puede ayudar a mantener la cadera fuerte y en movimiento. Se usa junto con los medicamentos, no en lugar de ellos.
    La mayoría de los estudios de ejercicio se hicieron en la artrosis, no en este problema.
applies-inflammatory-arthritis-steroid-injection =
    A veces, una o unas pocas articulaciones siguen hinchadas a pesar de los medicamentos.
    En ese caso, una inyección de esteroides en esa articulación es una opción aceptada.
    La mayoría de los estudios de inyecciones en la cadera se hicieron en la artrosis, no en este problema.
applies-inflammatory-arthritis-hip-replacement =
    Una cadera nueva es una opción cuando la articulación está muy dañada.
    No encontramos resultados del reemplazo de cadera en personas con este problema en particular.

figure-inflammatory-arthritis-hip-involved-historical = también la tienen en la cadera (personas con artritis reumatoide; estudios más antiguos)
figure-inflammatory-arthritis-hip-involved-8y = llegan a tenerla también en la cadera (personas con artritis reumatoide)
figure-inflammatory-arthritis-severe-damage-8y = llegan a tener un daño grave en la articulación de la cadera (personas con artritis reumatoide)
