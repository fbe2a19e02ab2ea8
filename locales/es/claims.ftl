### Afirmaciones publicitarias que los pacientes quizás leyeron, con lo que dicen los estudios, y la
### tarjeta «Antes de pagarle a una clínica» para las ofertas de «células madre» y de PRP.
### Las afirmaciones están escritas como los pacientes las ven en las páginas de las clínicas; las
### respuestas son datos dichos con calma. Lenguaje sencillo, para todo lector. Sin dígitos.

## Afirmaciones y respuestas

claim-reverses-disease = «Las células madre revierten la enfermedad y hacen que el cartílago vuelva a crecer».
claim-reverses-disease-answer =
    Ningún ensayo con grupo de comparación ha probado inyecciones de células en la cadera.
    En ensayos en la rodilla, las resonancias magnéticas del cartílago no mostraron diferencias con el grupo de comparación.
    La médula ósea que se saca para estas inyecciones tiene solo una parte muy pequeña de verdaderas células madre.
    Los informes que sí hay sobre la cadera solo preguntaron por el dolor, no por el cartílago.
    Además, no tenían grupo de comparación.

claim-no-rejection-or-infection = «Como las células vienen de su propio cuerpo, no hay riesgo de rechazo ni de infección».
claim-no-rejection-or-infection-answer =
    Usar sus propias células baja el riesgo de rechazo. No quita el riesgo de infección.
    Cualquier aguja que entra en una articulación puede, en raras ocasiones, causar una infección en la articulación.
    Sacar médula ósea del hueso de la cadera tiene sus propios riesgos.
    En los Estados Unidos, algunas personas necesitaron atención en el hospital por infecciones después de recibir productos de «células madre» contaminados.
    Las agencias reguladoras de los Estados Unidos y de Europa incluyen la infección entre los daños informados.
    Un importante grupo científico dedicado a las células madre dice que incluso sus propias células tienen riesgos.

claim-complete-relief = «La mayoría de los pacientes se libran por completo del dolor».
claim-complete-relief-answer =
    El principal informe sobre inyecciones de médula ósea en la cadera encontró algo de alivio en promedio, no un alivio completo.
    No tenía grupo de comparación.
    En los ensayos con grupo de comparación, las personas que recibieron inyecciones de agua con sal mejoraron más o menos lo mismo.
    Esto fue así con las células de médula ósea en la rodilla y con el PRP en la cadera.

claim-results-permanent = «En la mayoría de los casos, los resultados son para siempre».
claim-results-permanent-answer =
    Ningún ensayo a largo plazo con grupo de comparación ha probado inyecciones de células en la cadera.
    El principal informe sobre la cadera siguió a las personas menos de un año en promedio.
    La artrosis de cadera suele empeorar con el tiempo. Incluso con ejercicio, algunas personas necesitan una cadera nueva en pocos años.
    En los ensayos de inyecciones en las articulaciones, el grupo tratado y el grupo de agua con sal terminaron igual después de algunos meses.

claim-no-adverse-effects = «No se ha relacionado ningún efecto secundario con las inyecciones de células madre».
claim-no-adverse-effects-answer =
    Los efectos secundarios sí ocurren. En estudios en la rodilla, fueron comunes el dolor, la hinchazón y el líquido en la articulación después de la inyección.
    El principal informe sobre la cadera anotó algunos efectos secundarios, aunque ninguno fue grave.
    La agencia de los Estados Unidos que regula los medicamentos ha recibido informes de ceguera, tumores e infecciones después de productos no aprobados.
    La agencia reguladora europea informa que algunos efectos secundarios causaron la muerte.

claim-booster-treatments = «Póngase una inyección de “refuerzo” cada uno o dos años para mantener el beneficio».
claim-booster-treatments-answer =
    Ningún estudio ha probado repetir inyecciones de células de refuerzo en la cadera. El momento de ponerlas no se basa en estudios.
    Cada repetición suma costos y los riesgos de otro procedimiento.
    En encuestas de precios de los Estados Unidos, una sola inyección en la rodilla costaba miles de dólares.

claim-relief-lasts-years = «El alivio dura de varios meses a unos años, a veces hasta cinco años».
claim-relief-lasts-years-answer =
    Compare esto con lo que muestran los ensayos. Una inyección de esteroides en la cadera ayuda durante unos pocos meses.
    En informes sin grupo de comparación, el PRP ayudó más durante el primer o el segundo mes.
    En el único ensayo en la cadera con una inyección simulada, el PRP no dio mejor resultado que el agua con sal, ni al principio ni meses después.
    Ningún ensayo con grupo de comparación ha seguido durante años los efectos de ninguna inyección en la cadera.

claim-fda-approved = «Nuestro tratamiento está aprobado o registrado por la FDA, o forma parte de un ensayo».
claim-fda-approved-answer =
    La FDA es la agencia de los Estados Unidos que regula los medicamentos. No ha aprobado ningún tratamiento regenerativo para problemas de los huesos o de las articulaciones.
    Estar registrado en la FDA no es lo mismo que estar aprobado. Aparecer en un sitio web de ensayos tampoco es estar aprobado.
    La FDA dice lo siguiente: si le cobran por un producto así fuera de un ensayo que ella supervisa, puede tratarse de una venta ilegal.

claim-high-success-rate = «Del ochenta al noventa por ciento de nuestros pacientes tienen éxito».
claim-high-success-rate-answer =
    Una encuesta de clínicas de los Estados Unidos encontró que anuncian porcentajes de éxito altos.
    Ningún ensayo con grupo de comparación respalda esos porcentajes.
    Sin un grupo de comparación, nadie puede saber cuántas personas habrían mejorado de todos modos.

claim-avoid-hip-replacement = «Las células madre le ayudan a evitar o a retrasar un reemplazo de cadera».
claim-avoid-hip-replacement-answer =
    Ningún estudio en la cadera muestra que las inyecciones de células retrasen o eviten un reemplazo de cadera.
    En un ensayo en personas con artrosis de cadera grave, una cadera nueva dio mejoras mucho mayores que un programa de ejercicios.

claim-natural-so-safe = «Es natural y usa sus propias células, así que es seguro».
claim-natural-so-safe-answer =
    Natural no quiere decir seguro. Las agencias reguladoras tratan algunas células como medicamentos que necesitan aprobación:
    las células procesadas, y las células que se usan para hacer un trabajo nuevo en el cuerpo.
    Lo hacen porque no hay certeza de que sean seguras.
    Un importante grupo científico dedicado a las células madre dice que incluso sus propias células tienen riesgos.

claim-studies-prove-it-works = «Los estudios y los ensayos clínicos demuestran que las células madre funcionan en la cadera».
claim-studies-prove-it-works-answer =
    En la artrosis de cadera, los estudios que citan las clínicas no tenían grupo de comparación.
    Solo siguieron a personas que recibieron las inyecciones.
    El dolor suele aliviarse después de cualquier inyección en una articulación, incluso una de agua con sal.
    Por eso, estos estudios no pueden mostrar que el efecto se debió a las células.
    Ningún ensayo ha comparado inyecciones de células con una inyección simulada en la cadera.
    En un ensayo en la rodilla, las rodillas que recibieron células de médula ósea no mejoraron más que las que recibieron agua con sal.
    En la pérdida de riego de sangre de la cadera, las células de los estudios se colocaron durante una cirugía en la que se perfora el hueso, no con una inyección.
    Una importante guía clínica de los Estados Unidos sobre la artrosis recomienda no usar inyecciones de células madre.

claim-cannot-harm-tissue = «Las inyecciones de células madre son un tratamiento “biológico”, así que no pueden dañar el tejido donde se inyectan».
claim-cannot-harm-tissue-answer =
    La articulación sí puede sufrir daño.
    En estudios en la rodilla, fueron comunes el dolor, la hinchazón y el líquido en la articulación después de las inyecciones de células.
    En los Estados Unidos, unos productos contaminados hechos con sangre del cordón umbilical causaron infecciones en las articulaciones después de inyecciones en una clínica de huesos y articulaciones.
    La agencia de los Estados Unidos que regula los medicamentos ha recibido informes de infecciones y tumores después de productos de células no aprobados.

## Antes de pagarle a una clínica: preguntas que puede hacer

pay-card-ask-approved = ¿La agencia que regula los medicamentos aprobó este tratamiento para mi problema de cadera?
pay-card-ask-trial = ¿Esto forma parte de un ensayo registrado que supervisa una agencia reguladora? Si es así, ¿por qué me piden que pague?
pay-card-ask-evidence = ¿Qué estudios publicados con grupo de comparación muestran que funciona en la cadera? ¿Puedo verlos?
pay-card-ask-measure = ¿Cómo van a medir si me ayudó, y cuándo?
pay-card-ask-what-injected = ¿Qué me van a inyectar exactamente? ¿De dónde viene y cómo se prepara?
pay-card-ask-risks = ¿Cuáles son los riesgos, incluida la infección? ¿Qué pasa si algo sale mal?
pay-card-ask-total-cost = ¿Cuál es el costo total, con las inyecciones repetidas, los estudios de imagen y las visitas de control?
pay-card-ask-other-treatments = ¿Esto podría afectar otros tratamientos, como una cirugía más adelante, o mi posibilidad de participar en un ensayo?
pay-card-ask-independent-opinion = ¿Puedo tomarme un tiempo para pedir la opinión de un médico que no trabaje para esta clínica?

## Antes de pagarle a una clínica: datos

pay-card-fact-none-approved = La agencia de los Estados Unidos que regula los medicamentos, llamada FDA, no ha aprobado ningún tratamiento de «células madre» ni otro parecido para ningún problema de los huesos o de las articulaciones. Esto incluye el dolor de cadera.
pay-card-fact-listing-not-approval = Aparecer en un sitio web de ensayos no quiere decir que un tratamiento esté aprobado. Estar registrado en la FDA tampoco.
pay-card-fact-paying-outside-trial = ¿La clínica le cobra por estos productos fuera de un ensayo que supervisa la FDA? La FDA dice que esto hace pensar en una venta ilegal.
pay-card-fact-ema-warning = La Agencia Europea de Medicamentos advierte que no se usen tratamientos con células que no se han revisado. Dice que esas células pueden ser medicamentos que necesitan aprobación.
pay-card-fact-stem-cells-not-covered = Por lo general, los seguros médicos no pagan las inyecciones de «células madre», porque no están aprobadas.
pay-card-fact-prp-self-pay = Por lo general, los seguros médicos no pagan el PRP. Las clínicas a menudo lo venden como una serie de varias inyecciones, y usted paga cada una.
