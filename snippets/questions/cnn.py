"""Questions of lesson 12, convolutional networks (the page's "Compruébalo")."""

from snippets.questions import Choice, Question

_THIN = "\u202f"  # Spanish groups thousands with a thin space from 10 000 on

QUESTIONS = [
    Question(
        prompt={
            "es": 'Una capa `Conv2D(8, 5, padding="valid", strides=2)` recibe imágenes de '
            "28 × 28. ¿Cuál es el lado de cada mapa de salida?",
            "en": 'A `Conv2D(8, 5, padding="valid", strides=2)` layer receives 28 × 28 images. '
            "What is the side of each output map?",
        },
        exercise=1,
        answer=12,
        example="7",
        explanation={
            "es": "Sin relleno, $p = 0$: $\\lfloor (28 + 0 - 5)/2 \\rfloor + 1 = "
            "\\lfloor 11{,}5 \\rfloor + 1 = 12$, mapas de 12 × 12. El número de filtros (8) solo "
            "decide cuántos mapas hay.",
            "en": "Without padding, $p = 0$: $\\lfloor (28 + 0 - 5)/2 \\rfloor + 1 = "
            "\\lfloor 11.5 \\rfloor + 1 = 12$, 12 × 12 maps. The number of filters (8) only "
            "decides how many maps there are.",
        },
        hint={
            "es": "Aplica $o = \\lfloor (i + 2p - k)/s \\rfloor + 1$ con $i = 28$, $p = 0$, "
            "$k = 5$ y $s = 2$.",
            "en": "Apply $o = \\lfloor (i + 2p - k)/s \\rfloor + 1$ with $i = 28$, $p = 0$, "
            "$k = 5$ and $s = 2$.",
        },
        mistakes=(
            (
                24,
                {
                    "es": "24 sería el tamaño con paso 1; con paso 2 el núcleo avanza dos "
                    "píxeles cada vez.",
                    "en": "24 would be the size with stride 1; with stride 2 the kernel moves two "
                    "pixels at a time.",
                },
            ),
            (
                14,
                {
                    "es": '14 es lo que daría `padding="same"` ($\\lceil 28/2 \\rceil$); '
                    '`"valid"` no añade relleno.',
                    "en": '14 is what `padding="same"` would give ($\\lceil 28/2 \\rceil$); '
                    '`"valid"` adds no padding.',
                },
            ),
            (
                13,
                {
                    "es": "Casi: $(28 - 5)/2 = 11{,}5$ se redondea hacia abajo (el núcleo no "
                    "puede salirse de la imagen) y luego se suma 1.",
                    "en": "Almost: $(28 - 5)/2 = 11.5$ is rounded down (the kernel cannot stick "
                    "out of the image) and then 1 is added.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "¿Cuántos parámetros entrenables tiene `keras.layers.Conv2D(32, 3)` sobre "
            "imágenes en escala de grises (un canal) de 28 × 28?",
            "en": "How many trainable parameters does `keras.layers.Conv2D(32, 3)` have on "
            "28 × 28 greyscale images (one channel)?",
        },
        exercise=2,
        answer=320,
        example="100",
        explanation={
            "es": "$k \\cdot k \\cdot C_\\text{in} \\cdot C_\\text{out} + C_\\text{out} = "
            "3 \\cdot 3 \\cdot 1 \\cdot 32 + 32 = 320$: nueve pesos por filtro y canal de "
            "entrada, más un sesgo por filtro. No depende del tamaño de la imagen.",
            "en": "$k \\cdot k \\cdot C_\\text{in} \\cdot C_\\text{out} + C_\\text{out} = "
            "3 \\cdot 3 \\cdot 1 \\cdot 32 + 32 = 320$: nine weights per filter and input "
            "channel, plus one bias per filter. It does not depend on the size of the image.",
        },
        hint={
            "es": "Cada uno de los 32 filtros tiene un núcleo de 3 × 3 por canal de entrada "
            "(aquí, uno) y un sesgo.",
            "en": "Each of the 32 filters has one 3 × 3 kernel per input channel (here, one) and "
            "one bias.",
        },
        mistakes=(
            (
                288,
                {
                    "es": "Has contado los pesos, pero cada uno de los 32 filtros tiene además su "
                    "sesgo.",
                    "en": "You counted the weights, but each of the 32 filters also has its own "
                    "bias.",
                },
            ),
            (
                896,
                {
                    "es": "Esa sería la cuenta con una entrada RGB (3 canales); aquí hay uno solo.",
                    "en": "That would be the count for an RGB input (3 channels); here there is "
                    "only one.",
                },
            ),
            (
                21632,
                {
                    "es": "Ese es el número de valores de los 32 mapas de salida de 26 × 26, no "
                    "de parámetros: los pesos se comparten en todas las posiciones.",
                    "en": "That is the number of values in the 32 output maps of 26 × 26, not of "
                    "parameters: the weights are shared across all positions.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "Aplica un *max pooling* de 2 × 2 con paso 2 a "
            "$\\begin{pmatrix} 1 & 3 & 2 & 0 \\\\ 4 & 6 & 1 & 1 \\\\ 0 & 8 & 5 & 7 \\\\ "
            "1 & 1 & 3 & 2 \\end{pmatrix}$. ¿Qué sale?",
            "en": "Apply 2 × 2 max pooling with stride 2 to "
            "$\\begin{pmatrix} 1 & 3 & 2 & 0 \\\\ 4 & 6 & 1 & 1 \\\\ 0 & 8 & 5 & 7 \\\\ "
            "1 & 1 & 3 & 2 \\end{pmatrix}$. What comes out?",
        },
        exercise=3,
        choices=(
            Choice(
                {
                    "es": "Un 2 × 2 con 6 y 8 en la fila de arriba, y 2 y 7 en la de abajo",
                    "en": "A 2 × 2 with 6 and 8 in the top row, and 2 and 7 in the bottom row",
                },
                value=[[6, 8], [2, 7]],
                why={
                    "es": "Los valores son los buenos, pero están traspuestos: la fila de arriba "
                    "sale de las dos primeras filas de la entrada.",
                    "en": "The values are right but transposed: the top row comes from the first "
                    "two rows of the input.",
                },
            ),
            Choice(
                {
                    "es": "Un 2 × 2 con 3,5 y 1 en la fila de arriba, y 2,5 y 4,25 en la de abajo",
                    "en": "A 2 × 2 with 3.5 and 1 in the top row, and 2.5 and 4.25 in the bottom "
                    "row",
                },
                value=[[3.5, 1.0], [2.5, 4.25]],
                why={
                    "es": "Eso es la media de cada ventana (*average pooling*); el *max pooling* "
                    "se queda con el máximo.",
                    "en": "That is the mean of each window (average pooling); max pooling keeps "
                    "the maximum.",
                },
            ),
            Choice(
                {
                    "es": "Un 2 × 2 con 6 y 2 en la fila de arriba, y 8 y 7 en la de abajo",
                    "en": "A 2 × 2 with 6 and 2 in the top row, and 8 and 7 in the bottom row",
                },
                correct=True,
                value=[[6, 2], [8, 7]],
                why={
                    "es": "Es el máximo de cada uno de los cuatro bloques de 2 × 2 que no se "
                    "solapan, en el mismo orden.",
                    "en": "It is the maximum of each of the four non-overlapping 2 × 2 blocks, in "
                    "the same order.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "¿Qué es cierto de una capa `Conv2D` de Keras?",
            "en": "What is true of a Keras `Conv2D` layer?",
        },
        multiple=True,
        choices=(
            Choice(
                {
                    "es": "Gira el núcleo 180° antes de deslizarlo, como la convolución de los "
                    "libros de matemáticas.",
                    "en": "It rotates the kernel by 180° before sliding it, as the convolution of "
                    "mathematics textbooks does.",
                },
                why={
                    "es": "Keras, como casi todas las bibliotecas, no lo gira: calcula una "
                    "correlación cruzada. Como los núcleos se aprenden, el resultado es el mismo.",
                    "en": "Keras, like almost every library, does not rotate it: it computes a "
                    "cross-correlation. Since kernels are learned, the outcome is the same.",
                },
            ),
            Choice(
                {
                    "es": "Aplica el mismo núcleo en todas las posiciones, así que su número de "
                    "pesos no depende del tamaño de la imagen.",
                    "en": "It applies the same kernel at every position, so its number of "
                    "weights does not depend on the size of the image.",
                },
                correct=True,
                why={
                    "es": "Son los pesos compartidos: un patrón aprendido en una esquina se "
                    "reconoce en cualquier otra.",
                    "en": "These are the shared weights: a pattern learned in one corner is "
                    "recognized in any other.",
                },
            ),
            Choice(
                {
                    "es": "Si va seguida de `MaxPooling2D()`, la agrupación añade un peso "
                    "aprendido por ventana.",
                    "en": "If `MaxPooling2D()` follows it, the pooling adds one learned weight per "
                    "window.",
                },
                why={
                    "es": "El *max pooling* no tiene parámetros: se queda con el máximo de cada "
                    "ventana.",
                    "en": "Max pooling has no parameters: it keeps the maximum of each window.",
                },
            ),
            Choice(
                {
                    "es": "Cada salida depende solo de una ventana de $k \\times k$ píxeles de "
                    "cada canal de entrada.",
                    "en": "Each output depends only on a $k \\times k$ window of pixels of each "
                    "input channel.",
                },
                correct=True,
                why={
                    "es": "Son las conexiones locales: esa ventana es su campo receptivo, y las "
                    "capas siguientes combinan ventanas y ven zonas cada vez mayores.",
                    "en": "These are the local connections: that window is its receptive field, "
                    "and later layers combine windows and see ever larger areas.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": f"La red convolucional del cuaderno (206{_THIN}922 parámetros) "
            "tiene una exactitud en prueba de 0,917, y el MLP de la práctica 5 "
            f"(203{_THIN}530 parámetros), de 0,893. ¿Qué muestra esta comparación?",
            "en": "The notebook's convolutional network (206,922 parameters) gets 0.917 test "
            "accuracy and lab 5's MLP (203,530), 0.893. What does this comparison show?",
        },
        choices=(
            Choice(
                {
                    "es": "Que la red convolucional es más barata: hace menos multiplicaciones "
                    "por imagen.",
                    "en": "That the convolutional network is cheaper: it does fewer "
                    "multiplications per image.",
                },
                why={
                    "es": "Hace unas seis veces más (1,22 millones frente a 0,20 millones), "
                    "porque cada peso de un núcleo se usa en todas las posiciones de la imagen.",
                    "en": "It does about six times as many (1.22 million against 0.20 million), "
                    "because each kernel weight is used at every position of the image.",
                },
            ),
            Choice(
                {
                    "es": "Que el número de parámetros no decide la exactitud: con un presupuesto "
                    "parecido, la estructura convolucional rinde más.",
                    "en": "That the number of parameters does not decide the accuracy: on a "
                    "similar budget, the convolutional structure does better.",
                },
                correct=True,
                why={
                    "es": "Es lo que sí muestra, aunque no sea un experimento controlado: las dos "
                    "redes no se entrenaron igual.",
                    "en": "That is what it does show, although it is not a controlled "
                    "experiment: the two networks were not trained alike.",
                },
            ),
            Choice(
                {
                    "es": "Que las convoluciones, por sí solas, suben la exactitud 2,5 puntos en "
                    "cualquier entrenamiento.",
                    "en": "That convolutions on their own raise accuracy by 2.5 points under any "
                    "training.",
                },
                why={
                    "es": "No es un experimento controlado: "
                    f"60{_THIN}000 imágenes y 6 épocas frente a 54{_THIN}000 y 15, con otra "
                    "tasa inicial, y la exactitud cambia de una semilla a otra.",
                    "en": "It is not a controlled experiment: 60,000 images and 6 epochs against "
                    "54,000 and 15, with another initial learning rate, and accuracy changes "
                    "from one seed to another.",
                },
            ),
        ),
    ),
]
