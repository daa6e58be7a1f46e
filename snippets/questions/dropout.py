"""Questions of lesson 10, dropout (the page's "Compruébalo")."""

from snippets.questions import Choice, Question

_THIN = "\u202f"  # Spanish groups thousands with a thin space from 10 000 on

QUESTIONS = [
    Question(
        prompt={
            "es": "Con `keras.layers.Dropout(0.2)`, ¿por qué número se multiplican en "
            "entrenamiento los valores que se conservan?",
            "en": "With `keras.layers.Dropout(0.2)`, by what number are the kept values "
            "multiplied during training?",
        },
        exercise=1,
        answer=1.25,
        example="2.5",
        explanation={
            "es": "Keras usa dropout invertido: divide los valores conservados entre la "
            "probabilidad de conservarse, $1/(1 - 0{,}2) = 1{,}25$. Se conserva el 80 % y cada "
            "valor vale 1,25 veces más, así que la media no cambia: $0{,}8 \\cdot 1{,}25 = 1$.",
            "en": "Keras uses inverted dropout: it divides the kept values by the probability of "
            "being kept, $1/(1 - 0.2) = 1.25$. 80% is kept and each value is worth 1.25 times "
            "more, so the mean does not change: $0.8 \\cdot 1.25 = 1$.",
        },
        hint={
            "es": "`rate` es la probabilidad de apagar un valor; el factor es el inverso de la "
            "probabilidad de conservarlo.",
            "en": "`rate` is the probability of dropping a value; the factor is the inverse of "
            "the probability of keeping it.",
        },
        mistakes=(
            (
                0.8,
                {
                    "es": "0,8 es la probabilidad de conservar un valor, $1 - 0{,}2$; el factor "
                    "es su inverso.",
                    "en": "0.8 is the probability of keeping a value, $1 - 0.2$; the factor is "
                    "its inverse.",
                },
            ),
            (
                5,
                {
                    "es": "Has dividido entre la tasa de dropout (0,2), no entre la probabilidad "
                    "de conservar ($1 - 0{,}2$).",
                    "en": "You divided by the dropout rate (0.2), not by the probability of "
                    "keeping ($1 - 0.2$).",
                },
            ),
            (
                1,
                {
                    "es": "Sin reescalar, la capa siguiente recibiría en promedio un 80 % de la "
                    "señal en entrenamiento y el 100 % en inferencia.",
                    "en": "Without rescaling, the next layer would receive 80% of the signal on "
                    "average in training and 100% at inference.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "¿Qué devuelve `keras.layers.Dropout(0.5)(np.array([2.0, 4.0, 6.0]), "
            "training=False)`?",
            "en": "What does `keras.layers.Dropout(0.5)(np.array([2.0, 4.0, 6.0]), "
            "training=False)` return?",
        },
        exercise=2,
        choices=(
            Choice(
                "`[1.0, 2.0, 3.0]`",
                value=[1.0, 2.0, 3.0],
                why={
                    "es": "Multiplicar por $1 - p$ en inferencia es lo que hacía el dropout del "
                    "artículo original; Keras usa dropout invertido y ya escaló al entrenar.",
                    "en": "Multiplying by $1 - p$ at inference is what the original paper's "
                    "dropout did; Keras uses inverted dropout and already scaled in training.",
                },
            ),
            Choice(
                "`[4.0, 8.0, 12.0]`",
                value=[4.0, 8.0, 12.0],
                why={
                    "es": "El factor $1/(1 - p)$ solo se aplica en entrenamiento, y solo a los "
                    "valores que se conservan.",
                    "en": "The factor $1/(1 - p)$ is applied only in training, and only to the "
                    "kept values.",
                },
            ),
            Choice(
                {
                    "es": "`[2.0, 0.0, 6.0]` o cualquier otra combinación con ceros al azar",
                    "en": "`[2.0, 0.0, 6.0]` or any other combination with random zeros",
                },
                value=[2.0, 0.0, 6.0],
                why={
                    "es": "Con `training=False` no se apaga ningún valor: la máscara aleatoria "
                    "solo se sortea en entrenamiento.",
                    "en": "With `training=False` no value is dropped: the random mask is only "
                    "drawn in training.",
                },
            ),
            Choice(
                "`[2.0, 4.0, 6.0]`",
                correct=True,
                value=[2.0, 4.0, 6.0],
                why={
                    "es": "En inferencia la capa es la identidad: no apaga nada ni reescala, "
                    "porque el dropout invertido ya escaló durante el entrenamiento.",
                    "en": "At inference the layer is the identity: it drops nothing and rescales "
                    "nothing, because inverted dropout already scaled during training.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "¿Cuál de estos modelos coloca bien el dropout?",
            "en": "Which of these models places dropout correctly?",
        },
        exercise=4,
        choices=(
            Choice(
                "**A**: `Flatten → Dense(256, relu) → Dense(10, softmax) → Dropout(0.5)`",
                value="A",
                why={
                    "es": "En A el dropout va detrás de softmax: apagaría probabilidades de la "
                    "salida, que dejarían de sumar 1. En la capa de salida, nunca.",
                    "en": "In A dropout comes after softmax: it would zero output probabilities, "
                    "which would no longer sum to 1. Never on the output layer.",
                },
            ),
            Choice(
                "**B**: `Flatten → Dense(256, relu) → Dropout(0.5) → Dense(10, softmax)`",
                correct=True,
                value="B",
                why={
                    "es": "Va detrás de la capa oculta densa, que concentra los parámetros y el "
                    "riesgo de memorizar, con una tasa habitual (de 0,2 a 0,5), y antes de la "
                    "salida.",
                    "en": "It comes after the dense hidden layer, which concentrates the "
                    "parameters and the risk of memorizing, with a usual rate (0.2 to 0.5), and "
                    "before the output.",
                },
            ),
            Choice(
                "**C**: `Flatten → Dropout(0.9) → Dense(256, relu) → Dense(10, softmax)`",
                value="C",
                why={
                    "es": "En C se apaga el 90 % de los píxeles de entrada: demasiado ruido. En la "
                    "entrada, si acaso, una tasa de 0,2 como mucho.",
                    "en": "In C 90% of the input pixels are dropped: far too much noise. On the "
                    "input, if at all, a rate of 0.2 at most.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "¿Qué es cierto de la capa `Dropout` de Keras?",
            "en": "What is true of Keras's `Dropout` layer?",
        },
        multiple=True,
        choices=(
            Choice(
                {
                    "es": "`rate` es la probabilidad de conservar cada neurona, como la $p$ del "
                    "artículo de Srivastava et al.",
                    "en": "`rate` is the probability of keeping each neuron, like the $p$ of "
                    "Srivastava et al.'s paper.",
                },
                why={
                    "es": "Al revés: en Keras `rate` es la probabilidad de **apagarla**; la $p$ "
                    "del artículo es la de conservarla, así que su $p = 0{,}5$ y $p = 0{,}8$ son "
                    "`rate=0.5` y `rate=0.2`.",
                    "en": "The other way round: in Keras `rate` is the probability of "
                    "**dropping** it; the paper's $p$ is that of keeping it, so its $p = 0.5$ "
                    "and $p = 0.8$ are `rate=0.5` and `rate=0.2`.",
                },
            ),
            Choice(
                {
                    "es": "En cada paso de entrenamiento sortea una máscara nueva.",
                    "en": "It draws a new mask at every training step.",
                },
                correct=True,
                why={
                    "es": "Por eso ninguna neurona puede contar con que otra concreta esté "
                    "presente, y no se coadaptan.",
                    "en": "That is why no neuron can rely on a particular other one being "
                    "present, and they do not co-adapt.",
                },
            ),
            Choice(
                {
                    "es": "`evaluate` y `predict` la llaman en modo inferencia: devuelve la "
                    "entrada sin cambios.",
                    "en": "`evaluate` and `predict` call it in inference mode: it returns its "
                    "input unchanged.",
                },
                correct=True,
                why={
                    "es": "Con `training=False` la capa es la identidad; solo `fit` la activa.",
                    "en": "With `training=False` the layer is the identity; only `fit` switches "
                    "it on.",
                },
            ),
            Choice(
                {
                    "es": "Añade parámetros al modelo: uno por cada neurona que puede apagar.",
                    "en": "It adds parameters to the model: one per neuron it can switch off.",
                },
                why={
                    "es": "No tiene pesos: el perceptrón multicapa de 784 → 256 → 256 → 10 de la "
                    f"lección tiene 269{_THIN}322 parámetros con dropout y sin él.",
                    "en": "It has no weights: the lesson's 784 → 256 → 256 → 10 multilayer "
                    "perceptron has 269,322 parameters with and without dropout.",
                },
            ),
            Choice(
                {
                    "es": "La exactitud de entrenamiento que registra `fit` se calcula con el "
                    "dropout activo.",
                    "en": "The training accuracy that `fit` records is computed with dropout "
                    "active.",
                },
                correct=True,
                why={
                    "es": "Así que subestima lo que la red sabe hacer: para comparar con "
                    "validación, evalúa el conjunto de entrenamiento con `evaluate`.",
                    "en": "So it underestimates what the network can do: to compare with "
                    "validation, evaluate the training set with `evaluate`.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "En el experimento del cuaderno (2000 imágenes de Fashion-MNIST, 20 épocas), "
            "¿qué cambia sobre todo al poner `Dropout(0.5)` detrás de cada capa oculta?",
            "en": "In the notebook's experiment (2,000 Fashion-MNIST images, 20 epochs), what "
            "changes above all when `Dropout(0.5)` follows each hidden layer?",
        },
        choices=(
            Choice(
                {
                    "es": "La exactitud de validación sube varios puntos.",
                    "en": "Validation accuracy rises by several points.",
                },
                why={
                    "es": "Pasa de 0,827 a 0,830: con tan pocos datos, lo que cambia sobre todo "
                    "es la brecha, no lo que se acierta con datos nuevos.",
                    "en": "It goes from 0.827 to 0.830: with so little data, what changes above "
                    "all is the gap, not how much is right on new data.",
                },
            ),
            Choice(
                {
                    "es": "La exactitud de entrenamiento sube, porque cada neurona aprende rasgos "
                    "útiles por sí misma.",
                    "en": "Training accuracy rises, because each neuron learns useful features "
                    "on its own.",
                },
                why={
                    "es": "Baja, de 0,955 a 0,905: la red memoriza menos, y necesita más épocas "
                    "para llegar al mismo error de entrenamiento.",
                    "en": "It drops, from 0.955 to 0.905: the network memorizes less, and needs "
                    "more epochs to reach the same training error.",
                },
            ),
            Choice(
                {
                    "es": "Se reduce la brecha entre la exactitud de entrenamiento y la de "
                    "validación, de 0,128 a 0,075.",
                    "en": "The gap between training and validation accuracy narrows, from 0.128 "
                    "to 0.075.",
                },
                correct=True,
                why={
                    "es": "La exactitud de entrenamiento baja de 0,955 a 0,905 y la de validación "
                    "se queda en 0,83, y la pérdida de validación deja de oscilar y subir: el "
                    "dropout regulariza, no hace que la red aprenda más.",
                    "en": "Training accuracy drops from 0.955 to 0.905 while validation accuracy "
                    "stays at 0.83, and the validation loss stops oscillating and rising: "
                    "dropout regularizes; it does not make the network learn more.",
                },
            ),
        ),
    ),
]
