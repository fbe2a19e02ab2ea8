### Opciones que usan células: inyecciones de «células madre» y descompresión del núcleo con
### células de médula ósea.
### Los números están en crates/hipaid-core/content/options/; la aplicación los muestra junto a
### estas palabras.

## Inyección de «células madre»

option-stem-cell-injection-name = Inyección de «células madre»
option-stem-cell-injection-summary =
    Una clínica inyecta células o tejido dentro de la cadera o cerca de ella.
    Pueden venir de su propia médula ósea o de su grasa, de un laboratorio, o de tejidos de un parto donados por otra persona.
    Se venden como «células madre», pero pocas de esas células son verdaderas células madre.
    Ningún ensayo en la cadera las ha comparado con una inyección simulada.
option-stem-cell-injection-regulatory =
    En los Estados Unidos, la FDA no ha aprobado ningún producto de células madre para ningún problema de los huesos o de las articulaciones.
    Esto incluye el dolor de cadera y la artrosis de cadera.
    Fuera de un ensayo que supervisa la FDA, que le cobren por uno de estos productos puede ser señal de una venta ilegal.
    «Registrado en la FDA» o «inscrito como ensayo» no quiere decir aprobado.
    La agencia de medicamentos de Europa también advierte que no se usen tratamientos con células que no están probados.
option-stem-cell-injection-cost =
    Estos precios son de inyecciones en la rodilla en clínicas de los Estados Unidos.
    No encontramos precios para la cadera.
    Por lo general, los seguros médicos no pagan, así que usted paga todo.
    Cada inyección repetida aumenta el costo.

variant-stem-cell-injection-bmac =
    Concentrado de médula ósea: se saca médula del hueso de la cadera con una aguja.
    Luego se hace girar en una máquina para concentrarla.
    Solo una parte muy pequeña de sus células son células madre.
variant-stem-cell-injection-adipose =
    Células de grasa: se saca grasa de su cuerpo con una liposucción.
    Luego la grasa se procesa y se inyecta.
variant-stem-cell-injection-culture-expanded =
    Células cultivadas en laboratorio: las células se hacen crecer en un laboratorio para tener muchas más.
    Estas cuentan como medicamentos, y los medicamentos necesitan aprobación antes de venderse.
variant-stem-cell-injection-birth-tissue =
    Productos de tejidos del parto: se hacen con sangre del cordón umbilical, con el cordón umbilical o con el líquido que rodea al bebé, donados por otras personas.
    No son sus propias células.

step-stem-cell-injection-collect =
    La clínica obtiene el material.
    Se saca médula de la pelvis (el hueso de la cadera), o se saca grasa con una liposucción.
    En cambio, los productos de donantes vienen de otras personas.
step-stem-cell-injection-prepare = El material se hace girar en una máquina o se procesa, a menudo el mismo día.
step-stem-cell-injection-inject =
    Un médico lo inyecta en la cadera.
    Una imagen de ecografía o de rayos X ayuda a guiar la aguja.
step-stem-cell-injection-after =
    Usted vuelve a su casa el mismo día.
    No encontramos ningún estudio sobre cuánto reposo se necesita después.

repeats-stem-cell-injection =
    Las clínicas a menudo ofrecen inyecciones repetidas o de «refuerzo».
    Ningún estudio ha probado repetir inyecciones de células en la cadera.
    Por eso, no hay ningún tiempo entre una y otra que esté probado.
    Cada una suma costo y riesgo.

## Inyección de «células madre»: beneficios

outcome-stem-cell-injection-registry-improvement = cuánto mejor calificaron las personas su cadera, en promedio (en porcentaje)
outcome-stem-cell-injection-registry-improvement-note =
    Viene de un registro que lleva una empresa que vende estas inyecciones.
    No había grupo de comparación, y las personas se calificaron a sí mismas.
    En los ensayos, una inyección simulada también alivia el dolor.
    Por eso, no podemos saber cuánto de esto se debió a las células.
outcome-stem-cell-injection-registry-pain = cambio promedio en el puntaje de dolor (más bajo quiere decir menos dolor)
outcome-stem-cell-injection-registry-pain-note =
    Viene del mismo registro de la empresa, sin grupo de comparación.
    El dolor bajó un poco, pero no desapareció.
    En los ensayos, las inyecciones simuladas también alivian el dolor.
outcome-stem-cell-injection-registry-oxford = mejora promedio en el puntaje de cadera de Oxford
outcome-stem-cell-injection-registry-oxford-note =
    Viene del mismo registro de la empresa, sin grupo de comparación.
    Se siguió a las personas durante menos de un año en promedio.
outcome-stem-cell-injection-hip-oa-controlled = tienen menos dolor que con una inyección simulada
no-data-stem-cell-injection-hip-oa-controlled =
    Ningún ensayo ha comparado inyecciones de células con una inyección simulada en la cadera.
    En un ensayo en la rodilla, las células de médula ósea no dieron mejor resultado que el agua con sal.
    Los ensayos en la rodilla tampoco encontraron un cartílago mejor en los estudios de imagen que en los grupos de comparación.
outcome-stem-cell-injection-avn-benefit = tienen menos dolor o usan mejor la cadera
no-data-stem-cell-injection-avn-benefit =
    No encontramos ningún estudio de una inyección de células sola para este problema.
    Las células solo se han probado cuando un cirujano las coloca en el hueso durante una operación.
    Vea la descompresión del núcleo con células.
outcome-stem-cell-injection-avn-collapse = evitan que la bola de la cadera se hunda
no-data-stem-cell-injection-avn-collapse =
    No encontramos ningún estudio que muestre que una inyección en la articulación frena o detiene el hundimiento.
outcome-stem-cell-injection-labral-tear-benefit = tienen menos dolor o usan mejor la cadera
no-data-stem-cell-injection-labral-tear-benefit =
    No encontramos ningún ensayo de inyecciones de células para un desgarro del labrum.
    Una revisión de estudios de inyecciones en la cadera no encontró ningún ensayo con células.
outcome-stem-cell-injection-labral-tear-repair = sanan del desgarro del labrum
no-data-stem-cell-injection-labral-tear-repair =
    Ningún estudio muestra que las células inyectadas reparen un desgarro del labrum.
    Además, muchas personas sin dolor de cadera tienen un desgarro en sus estudios de imagen.
outcome-stem-cell-injection-gtps-benefit = tienen menos dolor en la parte de afuera de la cadera
no-data-stem-cell-injection-gtps-benefit =
    No encontramos ningún ensayo de inyecciones de células para este tipo de dolor.
    El ejercicio y otras inyecciones sí se han probado en ensayos.

## Inyección de «células madre»: daños

outcome-stem-cell-injection-registry-adverse-events = tuvieron un efecto secundario (ninguno fue grave)
outcome-stem-cell-injection-registry-adverse-events-note =
    Viene del registro de la empresa, con datos que dieron las mismas personas.
    No decía cuántas personas dejaron de participar en el registro.
outcome-stem-cell-injection-joint-pain = tienen dolor en la articulación después de la inyección
outcome-stem-cell-injection-joint-pain-note =
    Este número viene de estudios en la rodilla, no en la cadera.
    No encontramos números de la cadera sobre el dolor después de una inyección de células.
outcome-stem-cell-injection-joint-fluid = acumulan líquido en la articulación después de la inyección
outcome-stem-cell-injection-joint-fluid-note =
    Este número viene de estudios en la rodilla, no en la cadera.
    El líquido y la hinchazón se contaron por separado, así que una misma persona puede estar en los dos.
outcome-stem-cell-injection-joint-swelling = tienen hinchazón en la articulación después de la inyección
outcome-stem-cell-injection-joint-swelling-note =
    Este número viene de estudios en la rodilla, no en la cadera.
    La hinchazón y el líquido se contaron por separado, así que una misma persona puede estar en los dos.
outcome-stem-cell-injection-harvest-major = tienen un problema grave donde se saca la médula del hueso de la cadera
outcome-stem-cell-injection-harvest-major-note =
    Esto solo aplica cuando se saca médula de su propio hueso de la cadera.
    Los números vienen de los registros de un hospital.
    Los problemas leves en ese lugar fueron más comunes.
    Algunas personas también tuvieron ahí dolor durante unos días, dolor que duró, o dolor de nervio.
outcome-stem-cell-injection-serious-harms = sufren daños graves que se informaron a las autoridades de salud
no-data-stem-cell-injection-serious-harms =
    La FDA ha recibido informes de personas que quedaron ciegas, tuvieron tumores o tuvieron infecciones después de recibir productos de células no aprobados.
    La agencia de medicamentos de Europa dice que algunas personas murieron.
    En los Estados Unidos, unos productos hechos con sangre de cordón umbilical y contaminados con microbios mandaron a varias personas al hospital.
    Nadie sabe con qué frecuencia pasa esto.

factor-stem-cell-injection-younger-age =
    En el registro de la empresa, las personas más jóvenes dijeron con más frecuencia que mejoraron.
    No había grupo de comparación, así que esto puede no deberse a las células.

## Descompresión del núcleo con células de médula ósea

option-core-decompression-cells-name = Descompresión del núcleo con células de médula ósea
option-core-decompression-cells-summary =
    Es la misma operación de perforación que la descompresión del núcleo, con un paso más.
    Se saca médula del hueso de la cadera y se concentra.
    Luego el cirujano la coloca en el canal que perforó en el hueso muerto.
    Es para caderas en las que la bola todavía no se ha hundido.
option-core-decompression-cells-regulatory =
    La perforación en sí es una operación habitual.
    Añadir células no es un tratamiento aprobado.
    La FDA dice que ningún producto de células ni «regenerativo» está aprobado para ningún problema de los huesos o de las articulaciones.
    Una gran aseguradora de los Estados Unidos dice que las células añadidas están «en investigación», es decir, que todavía no están probadas.
    Pregunte si le darían las células como parte de un estudio de investigación.
option-core-decompression-cells-cost =
    No encontramos un precio para esta operación.
    Una gran aseguradora de los Estados Unidos no considera las células añadidas como una atención probada.
    Pregunte a su aseguradora qué pagaría y cuánto pagaría usted.

step-core-decompression-cells-assess =
    Una resonancia magnética o una radiografía muestra la etapa.
    Esta operación es para caderas en las que la bola todavía está redonda.
step-core-decompression-cells-harvest =
    Le ponen anestesia.
    Con una aguja se saca médula del hueso de la cadera, y se hace girar en una máquina para concentrar las células.
step-core-decompression-cells-operation =
    El cirujano perfora la parte muerta de la bola de la cadera.
    Las células se colocan en el canal.
step-core-decompression-cells-protect =
    Después, usted evita apoyar todo su peso en la pierna durante un tiempo.
    En nuestras fuentes no encontramos un tiempo fijo para esto.

repeats-core-decompression-cells =
    No encontramos estudios sobre hacer esta operación otra vez.
    Si la bola de la cadera se hunde, el siguiente paso suele ser un reemplazo de cadera.

## Descompresión del núcleo con células: beneficios

outcome-core-decompression-cells-progression = empeoran en la radiografía (pasan a una etapa más avanzada)
outcome-core-decompression-cells-progression-note =
    Aquí, menos es mejor.
    Estos estudios juntaron varios añadidos: células, injertos de hueso y varillas de metal.
    El número no es solo para las células.
    Estos estudios siguen a las personas durante unos pocos años.
outcome-core-decompression-cells-hhs-12m = puntos de más en el puntaje de cadera de Harris, además de lo que logra la perforación sola
outcome-core-decompression-cells-hhs-12m-note =
    Esta es la mejora de más, no la mejora total.
    Viene de varios ensayos pequeños de calidad moderada a baja.
outcome-core-decompression-cells-collapse = evitan que la bola de la cadera se hunda
no-data-core-decompression-cells-collapse =
    Al juntar estudios, se encontraron menos caderas hundidas cuando se añadieron células.
    Pero no dieron números que podamos mostrar como personas de cada cien.
    Muchos de los estudios tenían fallas que pueden hacer que un tratamiento parezca mejor de lo que es.
outcome-core-decompression-cells-replacement = no necesitan un reemplazo de cadera más adelante
no-data-core-decompression-cells-replacement =
    Los ensayos encontraron algo menos de reemplazos de cadera cuando se añadieron células.
    Pero la diferencia podría deberse al azar.

## Descompresión del núcleo con células: daños

outcome-core-decompression-cells-harvest-major = tienen un problema grave donde se saca la médula del hueso de la cadera
outcome-core-decompression-cells-harvest-major-note =
    Este número y los siguientes vienen de los registros de un hospital.
    Cuentan cada vez que se sacó médula del hueso de la cadera con una aguja.
outcome-core-decompression-cells-harvest-minor = tienen un problema leve donde se saca la médula
outcome-core-decompression-cells-harvest-minor-note =
    Los registros también contaron aparte el dolor y el dolor de nervio.
    Algunos de estos casos pueden estar contados también entre los problemas leves.
    Por eso, no sume estos números.
outcome-core-decompression-cells-harvest-early-pain = tienen dolor poco después, donde se sacó la médula
outcome-core-decompression-cells-harvest-lasting-pain = tienen dolor que dura, donde se sacó la médula
outcome-core-decompression-cells-harvest-nerve-pain = tienen dolor de nervio cerca de donde se sacó la médula
outcome-core-decompression-cells-surgery-harms = sufren daños por la operación de perforación
no-data-core-decompression-cells-surgery-harms =
    Nuestras fuentes no dieron números sobre los daños de la operación en sí.
    Toda operación tiene riesgos.
    Pregunte al cirujano qué daños pueden ocurrir y con qué frecuencia los ve.

factor-core-decompression-cells-lesion-size =
    El tamaño de la zona muerta en la bola de la cadera importa. Cuanto más grande es, más probable es que la cadera se hunda después de la cirugía.
factor-core-decompression-cells-cause =
    El hundimiento es más probable si la muerte del hueso la causaron medicamentos con esteroides.
    También es más probable si no se encuentra la causa.
