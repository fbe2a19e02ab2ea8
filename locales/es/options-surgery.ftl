### Opciones de cirugía: reemplazo de cadera, artroscopia de cadera (cirugía por pequeños cortes)
### y descompresión del núcleo.
### Los números están en crates/hipaid-core/content/options/; la aplicación los muestra junto a
### estas palabras.

## Reemplazo de cadera

option-hip-replacement-name = Reemplazo de cadera
option-hip-replacement-summary =
    Un cirujano saca la bola y la cavidad gastadas de la cadera y coloca una articulación artificial.
    Es una operación mayor.
    Muchas personas se quedan en el hospital unos días, y algunas se van a su casa el mismo día.
    Volver a la normalidad toma semanas, y la recuperación completa puede tomar meses.
option-hip-replacement-regulatory = Una operación habitual que se hace desde hace muchos años.
option-hip-replacement-cost =
    Estos son precios que dieron los hospitales a personas que pagan por su cuenta.
    Varían muchísimo.
    El monto promedio que se cobró a las aseguradoras estaba cerca de la parte baja de este rango.
    Los seguros médicos y Medicare por lo general pagan cuando usted cumple sus requisitos.
    Es posible que igual tenga que pagar una parte, así que pregunte a su aseguradora.

step-hip-replacement-assess = El cirujano revisa su cadera, sus radiografías y su salud en general.
step-hip-replacement-prepare =
    Antes de la cirugía, es posible que le pidan trabajar en su peso, en dejar de fumar o en su azúcar en la sangre.
    Esto baja los riesgos.
step-hip-replacement-operation =
    Recibe anestesia general para dormir, o le ponen una anestesia que adormece de la cintura para abajo.
    El cirujano saca las partes gastadas y coloca la articulación nueva.
step-hip-replacement-hospital =
    Muchas personas se quedan poco tiempo en el hospital.
    En los Estados Unidos, muchas se van a su casa el mismo día.
step-hip-replacement-recover =
    Al principio camina con muletas o bastones.
    Los ejercicios, en casa o con un fisioterapeuta, le ayudan a recuperar la fuerza.

milestone-hip-replacement-crutches = Dejar las muletas o los bastones
milestone-hip-replacement-driving = Volver a manejar, cuando pueda frenar con seguridad y ya no necesite medicamentos fuertes para el dolor
milestone-hip-replacement-work = Volver al trabajo (más tarde si el trabajo es físico y pesado)
milestone-hip-replacement-low-impact-sport = Deporte suave, como golf, natación o bicicleta
milestone-hip-replacement-full-benefit = Beneficio completo (en algunas personas tarda todo este tiempo)

repeats-hip-replacement =
    Un reemplazo de cadera está pensado para hacerse una sola vez.
    Si la articulación nueva falla, una segunda operación, llamada revisión, puede cambiar partes de ella.

## Reemplazo de cadera: beneficios

outcome-hip-replacement-oxford-6m = mejora promedio en el puntaje de cadera de Oxford
outcome-hip-replacement-oxford-6m-note =
    Viene de un ensayo en personas mayores con artrosis de cadera grave.
    Algunas personas del grupo de ejercicio se operaron antes de que terminara el ensayo.
    No encontramos un ensayo así para otros problemas de cadera.
outcome-hip-replacement-meaningful-improvement-12m = se sienten claramente mejor
outcome-hip-replacement-meaningful-improvement-12m-note =
    Este no fue un ensayo aleatorizado: se comparó a las personas con otras parecidas a ellas.
    Todas tenían artrosis de cadera.
    No se encontraron resultados para otros problemas de cadera.
outcome-hip-replacement-still-in-place-10y = todavía tienen su primera cadera nueva, sin una operación para rehacerla
outcome-hip-replacement-still-in-place-10y-note =
    Viene de registros nacionales de articulaciones, sobre todo de personas con artrosis.
    Las caderas nuevas duran más en las personas mayores y cuando se fijan con cemento para hueso.
outcome-hip-replacement-still-in-place-25y = todavía tienen su primera cadera nueva, sin una operación para rehacerla
outcome-hip-replacement-still-in-place-25y-note =
    Viene de registros nacionales de articulaciones, que cuentan a todas las personas.
    Los informes de cirujanos individuales mostraron números más altos.
    Estas caderas se colocaron hace mucho tiempo; las de hoy pueden durar más, o no.

## Reemplazo de cadera: daños

outcome-hip-replacement-persistent-pain = todavía tienen un dolor molesto mucho tiempo después de la cirugía
outcome-hip-replacement-persistent-pain-note =
    Los resultados variaron mucho entre los estudios.
    La mayoría de las personas de estos estudios tenían artrosis.
outcome-hip-replacement-death-90d = mueren después de la operación (por cualquier causa)
outcome-hip-replacement-death-90d-note =
    Este número ha bajado con los años, y los estudios más antiguos encontraron más muertes.
    Viene de todos los reemplazos de cadera, la mayoría por artrosis.
outcome-hip-replacement-dislocation = sufren una luxación (la cadera nueva se sale de su lugar)
outcome-hip-replacement-dislocation-note =
    El número más bajo viene de estudios más recientes.
    El más alto incluye estudios más antiguos.
    La mayoría de las personas de estos estudios tenían artrosis.
outcome-hip-replacement-infection = sufren una infección profunda de la cadera nueva
outcome-hip-replacement-infection-note =
    Muchas de estas personas necesitaron otra operación.
    Los números vienen de grandes registros nacionales.
    La mayoría de las personas de estos registros tenían artrosis.
outcome-hip-replacement-blood-clots = tienen un coágulo de sangre en una pierna o en un pulmón que causa síntomas
outcome-hip-replacement-blood-clots-note =
    A las personas se les da un medicamento para ayudar a prevenir los coágulos.
    Los números más altos vienen de un ensayo que también incluyó reemplazos de rodilla.
    En ese ensayo, el tipo de medicamento hizo una diferencia.
outcome-hip-replacement-leg-length = sienten que una pierna es más larga que la otra
outcome-hip-replacement-leg-length-note =
    La mayoría de estas personas no tenían ninguna diferencia que se pudiera medir.
    Aun así, sentirla se relacionó con un peor puntaje de la cadera.

factor-hip-replacement-weight = Un peso corporal alto aumenta los riesgos de la cirugía. Es posible que le pidan trabajar en eso primero.
factor-hip-replacement-smoking = Fumar aumenta los riesgos de la cirugía. Es posible que le pidan dejar de fumar primero.
factor-hip-replacement-diabetes = Un azúcar en la sangre mal controlado aumenta los riesgos. Es posible que le pidan bajarlo primero.
factor-hip-replacement-recent-injection =
    Una inyección en la cadera en los pocos meses antes de la cirugía se relaciona con más infecciones de la cadera nueva.
    Cuéntele a su cirujano si recibió alguna inyección hace poco.
factor-hip-replacement-older-age =
    En las personas mayores, el cirujano puede fijar la cadera nueva con cemento para hueso.
    Esto baja el riesgo de que el hueso se rompa alrededor de ella.
    Además, en las personas mayores las caderas nuevas necesitan rehacerse con menos frecuencia.

## Artroscopia de cadera (cirugía por pequeños cortes)

option-hip-arthroscopy-name = Artroscopia de cadera (cirugía por pequeños cortes)
option-hip-arthroscopy-summary =
    Una cirugía de la cadera a través de pequeños cortes.
    Por esos cortes, el cirujano usa una cámara diminuta e instrumentos.
    El cirujano puede dar nueva forma al hueso de más y reparar o recortar el borde desgarrado de la cavidad, llamado labrum.
    Le ponen anestesia general para que duerma por completo, y la mayoría de las personas se van a su casa el mismo día.
option-hip-arthroscopy-regulatory =
    Una operación habitual.
    Para el pinzamiento de cadera, los expertos están de acuerdo en que es una opción razonable.
    El ejercicio con un fisioterapeuta es otra.
option-hip-arthroscopy-cost =
    No encontramos un precio confiable en los Estados Unidos para esta operación.
    Pregunte en el hospital y a su aseguradora cuánto pagaría.

step-hip-arthroscopy-assess =
    Su dolor, un examen y sus estudios de imagen deben apuntar al mismo problema.
    Un desgarro en un estudio de imagen no es suficiente, porque muchas personas sin dolor tienen uno.
step-hip-arthroscopy-operation =
    Recibe anestesia general y duerme por completo.
    Le estiran la pierna con cuidado para abrir la articulación.
    Por pequeños cortes, el cirujano da nueva forma al hueso y repara o recorta el labrum.
step-hip-arthroscopy-home = La mayoría de las personas se van a su casa el mismo día.
step-hip-arthroscopy-rehab = Usa muletas durante unas semanas y sigue un plan de ejercicios.

milestone-hip-arthroscopy-crutches = Dejar las muletas
milestone-hip-arthroscopy-desk-work = Volver a un trabajo de escritorio
milestone-hip-arthroscopy-sport = Volver al deporte
milestone-hip-arthroscopy-full-benefit = Beneficio completo (la cadera puede seguir mejorando hasta entonces)

repeats-hip-arthroscopy =
    Está pensada para hacerse una sola vez.
    Algunas personas necesitan una segunda operación en la misma cadera, o un reemplazo de cadera más adelante.
    Esos números se muestran con los daños.

## Artroscopia de cadera: beneficios

outcome-hip-arthroscopy-ihot-pooled = mejora promedio en el puntaje de cadera iHOT
outcome-hip-arthroscopy-ihot-pooled-note =
    Viene de ensayos en personas con pinzamiento de cadera; muchas también tenían un desgarro del labrum.
    Los dos grupos mejoraron.
    La cirugía añadió una mejora cercana al cambio más pequeño que las personas notan.
outcome-hip-arthroscopy-fashion-12m = puntos de más en el puntaje de cadera iHOT, además de la mejora del otro grupo
outcome-hip-arthroscopy-fashion-12m-note =
    Viene de un ensayo del Reino Unido en personas con pinzamiento de cadera.
    Este número viene de un resumen del cirujano principal del ensayo, y no pudimos comprobar su rango exacto.
    En el primer año, no se demostró que la cirugía valiera lo que cuesta.
outcome-hip-arthroscopy-hip-oa-benefit = tienen menos dolor o usan mejor la cadera
no-data-hip-arthroscopy-hip-oa-benefit =
    Cuando la artrosis ya empezó, los estudios encontraron mejoras más pequeñas.
    No encontramos ningún ensayo que comparara esta cirugía con la fisioterapia en personas con artrosis.
outcome-hip-arthroscopy-hip-oa-delay = retrasan la necesidad de un reemplazo de cadera
no-data-hip-arthroscopy-hip-oa-delay =
    Ningún estudio muestra que esta cirugía retrase un reemplazo de cadera cuando hay artrosis.
    De hecho, las personas con artrosis lo necesitan con más frecuencia poco después.

## Artroscopia de cadera: daños

outcome-hip-arthroscopy-major-complications = tienen un problema grave causado por la cirugía
outcome-hip-arthroscopy-minor-complications = tienen un problema leve, como un raspón en la superficie de la articulación o un adormecimiento que se pasa
outcome-hip-arthroscopy-nerve-palsy = tienen un problema en un nervio, como adormecimiento o debilidad
outcome-hip-arthroscopy-nerve-palsy-note =
    Este número viene de una revisión más grande de muchas operaciones.
    Solo vimos un resumen corto de ella.
    Puede coincidir en parte con los problemas leves, que incluyen el adormecimiento que se pasa.
outcome-hip-arthroscopy-reoperation = necesitan otra operación en la misma cadera
outcome-hip-arthroscopy-later-replacement = necesitan un reemplazo de cadera más adelante
outcome-hip-arthroscopy-later-replacement-note =
    El número más bajo viene de grupos de estudio seleccionados.
    El más alto viene de toda una población.
outcome-hip-arthroscopy-later-replacement-arthritis = necesitan un reemplazo de cadera en menos de un año
outcome-hip-arthroscopy-later-replacement-arthritis-note =
    Esto es para personas mayores que ya tenían artrosis o el cartílago gastado.
    Viene de una revisión de expertos, no de un ensayo.

factor-hip-arthroscopy-existing-arthritis =
    Si la artrosis ya empezó, el beneficio es menor.
    Además, con más frecuencia se necesita un reemplazo de cadera poco después.
factor-hip-arthroscopy-older-age = Las personas mayores terminan necesitando un reemplazo de cadera con más frecuencia.

## Descompresión del núcleo

option-core-decompression-name = Descompresión del núcleo
option-core-decompression-summary =
    Una operación para la muerte temprana del hueso en la bola de la cadera, antes de que se hunda.
    El cirujano perfora un canal ancho o varios canales delgados en el hueso muerto.
    Esto busca bajar la presión y ayudar a que el hueso sane.
    Después, usted evita apoyar todo su peso en la pierna durante un tiempo.
option-core-decompression-regulatory =
    Una operación habitual.
    Una gran aseguradora de los Estados Unidos la considera una atención necesaria antes de que la bola se hunda, pero no probada cuando ya se hundió.
option-core-decompression-cost =
    No encontramos un precio para esta operación.
    Una gran aseguradora de los Estados Unidos la paga antes de que la bola de la cadera se hunda.
    Pregunte a su aseguradora cuánto pagaría usted.

step-core-decompression-assess =
    Una resonancia magnética o una radiografía muestra la etapa.
    Esta operación es para caderas en las que la bola todavía está redonda.
step-core-decompression-operation =
    Le ponen anestesia.
    El cirujano perfora un canal ancho o varios canales delgados en la parte muerta del hueso.
step-core-decompression-protect =
    Después, usted evita apoyar todo su peso en la pierna durante un tiempo.
    En nuestras fuentes no encontramos un tiempo fijo para esto.

repeats-core-decompression =
    No encontramos estudios sobre hacer esta operación otra vez.
    Si la bola de la cadera se hunde, el siguiente paso suele ser un reemplazo de cadera.

## Descompresión del núcleo: beneficios

outcome-core-decompression-no-progression-early = no muestran empeoramiento en la radiografía
outcome-core-decompression-no-progression-early-note =
    Este es el mejor caso: la etapa más temprana, con una zona muerta pequeña.
    Viene de un estudio antiguo sin un grupo que no recibiera tratamiento.
outcome-core-decompression-collapse = sufren el hundimiento de la bola de la cadera de todos modos
outcome-core-decompression-collapse-note =
    Aquí, menos es mejor.
    Viene de un gran estudio de caderas en etapa temprana, sin un grupo sin tratamiento con el cual comparar.
    Estos estudios siguen a las personas durante unos pocos años.
outcome-core-decompression-vs-no-operation = tienen mejor resultado que sin cirugía
no-data-core-decompression-vs-no-operation =
    No encontramos ningún estudio que comparara esta cirugía con no operarse.
    Algunos estudios solo observaron caderas tratadas.
    Otros la compararon con otros tipos de cirugía.

## Descompresión del núcleo: daños

outcome-core-decompression-harms = sufren daños por la operación
no-data-core-decompression-harms =
    Nuestras fuentes no dieron números sobre los daños de esta operación.
    Toda operación tiene riesgos.
    Pregunte al cirujano qué daños pueden ocurrir y con qué frecuencia los ve.

factor-core-decompression-lesion-size = El tamaño de la zona muerta en la bola de la cadera importa. Cuanto más grande es, más probable es que la cadera se hunda después de la cirugía.
factor-core-decompression-cause = El hundimiento es más probable si la muerte del hueso la causaron medicamentos con esteroides. También es más probable si no se encuentra la causa.
factor-core-decompression-disease-duration = El hundimiento es más probable cuando el problema lleva más tiempo.
