### Imágenes y gráficos: la imagen de la cadera, las matrices de personas y la línea de tiempo,
### con su texto equivalente para lectores de pantalla. Los números son variables.

## Imagen de la cadera

# Variables:
#   $parts (String) - los nombres de las partes afectadas, en lista
hip-picture-alt = Imagen de la articulación de la cadera. Partes afectadas: { $parts }
hip-picture-alt-none = Imagen de la articulación de la cadera.
hip-picture-affected = Afectada

## Matrices de personas

icon-array-legend-benefit = Mejoró
icon-array-legend-harm = Tuvo este daño
icon-array-legend-comparator = Le pasó sin el tratamiento
icon-array-legend-maybe = Quizás: la investigación no es exacta
icon-array-legend-other = No le pasó

## Línea de tiempo

# Variables:
#   $count (Number) - cuántas opciones muestra el gráfico
timeline-summary = { $count ->
    [one] Gráfico de cuándo ayuda una opción, cuánto dura la ayuda y el tiempo de recuperación. La tabla de abajo da los mismos tiempos en palabras.
   *[other] Gráfico de cuándo ayudan { $count } opciones, cuánto dura la ayuda y el tiempo de recuperación. La tabla de abajo da los mismos tiempos en palabras.
}
# Variables:
#   $months (Number) - meses después del tratamiento, una marca del eje
timeline-axis-month = { $months }
timeline-axis-title = Meses después del tratamiento
timeline-legend-wait = Todavía no ayuda
timeline-legend-working = Ayuda
timeline-legend-range = Podría ser: la investigación da un rango
timeline-legend-peak = Cuando más ayuda
timeline-legend-recovery = Recuperación: volver a las actividades de siempre
timeline-legend-unknown = No se sabe
timeline-table-caption = Los mismos tiempos, en palabras
