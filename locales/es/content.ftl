### Contenido clínico: las palabras para enfermedades, etapas, opciones y resultados.
### Los números no están aquí: llegan como variables desde crates/hipaid-core/content/.

## Enfermedades

condition-hip-oa-name = Artrosis de cadera
condition-hip-oa-summary = La capa lisa (el cartílago) que cubre los extremos de los huesos de la cadera se desgasta. La cadera puede doler, sentirse rígida y moverse menos. Es muy común con la edad.

## Etapas de la artrosis de cadera (grados de Kellgren–Lawrence, según la radiografía)

stage-hip-oa-kl-1-name = Grado 1: dudoso
stage-hip-oa-kl-1-description = La radiografía puede mostrar un cambio muy pequeño. Todavía no está claro que sea artrosis.
stage-hip-oa-kl-2-name = Grado 2: leve
stage-hip-oa-kl-2-description = El espacio entre los huesos es un poco más estrecho y han empezado a crecer pequeños bultos de hueso.
stage-hip-oa-kl-3-name = Grado 3: moderado
stage-hip-oa-kl-3-description = El espacio entre los huesos es claramente más estrecho. Hay más bultos de hueso y el hueso debajo del cartílago ha cambiado.
stage-hip-oa-kl-4-name = Grado 4: grave
stage-hip-oa-kl-4-description = Casi no queda espacio entre los huesos y la forma de la articulación ha cambiado.

## Opciones de tratamiento

option-exercise-name = Ejercicio y fisioterapia
option-exercise-summary = Un programa de ejercicios para fortalecer los músculos alrededor de la cadera, con consejos para mantenerse activo y, si ayuda, sobre el peso. Sin agujas y sin cirugía. Funciona mientras usted lo siga haciendo.
option-steroid-injection-name = Inyección de esteroide
option-steroid-injection-summary = Un médico inyecta un medicamento esteroide (a menudo con un anestésico) dentro de la articulación de la cadera, guiando la aguja con una imagen de ultrasonido o de rayos X. Una sola visita. El efecto suele durar semanas, no meses.

## Resultados (cada uno se muestra como «N de cada 100 personas», con su plazo y su certeza)

outcome-exercise-pain-better = Personas de más a las que les mejoran el dolor y el movimiento, comparado con no hacer ejercicio
outcome-steroid-pain-relief-2m = Dolor claramente mejor (al menos una quinta parte menos de dolor)
outcome-steroid-septic-arthritis = Infección dentro de la articulación (artritis séptica), que necesita tratamiento urgente

## Con qué se compara un resultado

comparator-placebo-injection = con una inyección falsa que no tiene medicamento
