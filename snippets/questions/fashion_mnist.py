"""Questions of lesson 5, Fashion-MNIST with an MLP (the page's "Compruébalo")."""

from snippets.questions import Choice, Question

QUESTIONS = [
    Question(
        prompt={
            "es": "¿Cuántos parámetros entrenables tiene `keras.layers.Dense(512)` si recibe "
            "las 784 salidas de `Flatten`?",
            "en": "How many trainable parameters does `keras.layers.Dense(512)` have if it "
            "receives the 784 outputs of `Flatten`?",
        },
        exercise=1,
        answer=784 * 512 + 512,
        example="2570",
        explanation={
            "es": "$784 \\cdot 512 + 512 = 401\\,920$: un peso por cada par (entrada, neurona) "
            "y un sesgo por neurona. Es el doble que con 256 neuronas.",
            "en": "$784 \\cdot 512 + 512 = 401{,}920$: one weight per (input, neuron) pair and "
            "one bias per neuron. It is twice as many as with 256 neurons.",
        },
        hint={
            "es": "Una capa `Dense` con $n$ entradas y $m$ neuronas tiene $n \\cdot m + m$ "
            "parámetros.",
            "en": "A `Dense` layer with $n$ inputs and $m$ neurons has $n \\cdot m + m$ "
            "parameters.",
        },
        mistakes=(
            (
                784 * 512,
                {
                    "es": "Esos son solo los pesos: cada una de las 512 neuronas tiene además su "
                    "sesgo.",
                    "en": "Those are only the weights: each of the 512 neurons also has its own "
                    "bias.",
                },
            ),
            (
                784 * 512 + 784,
                {
                    "es": "Los sesgos son uno por neurona (512), no uno por entrada (784).",
                    "en": "There is one bias per neuron (512), not one per input (784).",
                },
            ),
            (
                784 + 512,
                {
                    "es": "Has sumado entradas y neuronas; los pesos son uno por cada par "
                    "(entrada, neurona), $784 \\cdot 512$.",
                    "en": "You added inputs and neurons; there is one weight per (input, neuron) "
                    "pair, $784 \\cdot 512$.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "¿Por qué dividimos los píxeles entre 255 antes de entrenar?",
            "en": "Why do we divide the pixels by 255 before training?",
        },
        multiple=True,
        choices=(
            Choice(
                {
                    "es": "Deja cada píxel con media cero, como recomiendan LeCun et al. (1998).",
                    "en": "It leaves each pixel with zero mean, as LeCun et al. (1998) recommend.",
                },
                why={
                    "es": "Dividir entre 255 no centra los píxeles: siguen en $[0, 1]$, todos "
                    "positivos.",
                    "en": "Dividing by 255 does not centre the pixels: they stay in $[0, 1]$, "
                    "all of them non-negative.",
                },
            ),
            Choice(
                {
                    "es": "Con entradas de hasta 255, las sumas ponderadas de la primera capa "
                    "empiezan siendo enormes y la softmax se satura.",
                    "en": "With inputs up to 255, the weighted sums of the first layer start out "
                    "huge and the softmax saturates.",
                },
                correct=True,
                why={
                    "es": "Y el mismo paso del optimizador sobre un peso mueve la salida 255 "
                    "veces más que con entradas en $[0, 1]$.",
                    "en": "And the same optimizer step on a weight moves the output 255 times "
                    "more than with inputs in $[0, 1]$.",
                },
            ),
            Choice(
                {
                    "es": "Pone en la misma escala todos los píxeles, que antes no la compartían.",
                    "en": "It puts all the pixels on the same scale, which they did not share "
                    "before.",
                },
                why={
                    "es": "Ya compartían escala: todos iban de 0 a 255. Dividir entre 255 solo "
                    "los lleva a valores del orden de 1, sin centrarlos ni quitar sus "
                    "correlaciones.",
                    "en": "They already shared one: all of them went from 0 to 255. Dividing by "
                    "255 only brings them to values of order 1, without centring or "
                    "decorrelating them.",
                },
            ),
            Choice(
                {
                    "es": "Lleva los píxeles a valores del orden de 1, y en este problema basta.",
                    "en": "It brings the pixels to values of order 1, and for this problem that "
                    "is enough.",
                },
                correct=True,
                why={
                    "es": "En el cuaderno, sin normalizar, la pérdida de la primera época es más "
                    "de diez veces mayor y la exactitud en prueba cae con claridad.",
                    "en": "In the notebook, without normalizing, the first epoch's loss is more "
                    "than ten times larger and the test accuracy drops clearly.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "Si las etiquetas vinieran en *one-hot* (por ejemplo, `[0, 0, 1, 0, 0, 0, 0, "
            "0, 0, 0]` para la clase 2), ¿qué pérdida de Keras usarías con la salida softmax?",
            "en": "If the labels came one-hot encoded (for example, `[0, 0, 1, 0, 0, 0, 0, 0, "
            "0, 0]` for class 2), which Keras loss would you use with the softmax output?",
        },
        exercise=3,
        choices=(
            Choice(
                "`sparse_categorical_crossentropy`",
                value="sparse_categorical_crossentropy",
                why={
                    "es": "Calcula lo mismo, pero espera etiquetas enteras (0–9), como las de "
                    "Fashion-MNIST, no vectores *one-hot*.",
                    "en": "It computes the same, but it expects integer labels (0–9), like "
                    "Fashion-MNIST's, not one-hot vectors.",
                },
            ),
            Choice(
                "`binary_crossentropy`",
                value="binary_crossentropy",
                why={
                    "es": "La binaria trata cada salida como un problema de sí/no independiente; "
                    "aquí las diez clases son excluyentes. Con *one-hot* entrena, pero optimiza "
                    "otro problema.",
                    "en": "Binary cross-entropy treats each output as an independent yes/no "
                    "problem; here the ten classes are mutually exclusive. With one-hot labels "
                    "it trains, but it optimizes a different problem.",
                },
            ),
            Choice(
                "`categorical_crossentropy`",
                correct=True,
                value="categorical_crossentropy",
                why={
                    "es": "Es la entropía cruzada categórica, $L = -\\log \\hat{y}_{y}$, para "
                    "etiquetas *one-hot*.",
                    "en": "It is the categorical cross-entropy, $L = -\\log \\hat{y}_{y}$, for "
                    "one-hot labels.",
                },
            ),
            Choice(
                "`mean_squared_error`",
                value="mean_squared_error",
                why={
                    "es": "El error cuadrático medio es la pérdida de la regresión; para clases "
                    "excluyentes con softmax, la pareja natural es la entropía cruzada "
                    "categórica.",
                    "en": "The mean squared error is the loss for regression; for mutually "
                    "exclusive classes with a softmax, the natural partner is the categorical "
                    "cross-entropy.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "¿Qué forma tiene el array que devuelve `model.predict(x_test[:5])`?",
            "en": "What is the shape of the array that `model.predict(x_test[:5])` returns?",
        },
        exercise=2,
        choices=(
            Choice(
                "`(10, 5)`",
                value=(10, 5),
                why={
                    "es": "El primer eje es el lote, una fila por imagen; el segundo, las clases.",
                    "en": "The first axis is the batch, one row per image; the second, the "
                    "classes.",
                },
            ),
            Choice(
                "`(5, 10)`",
                correct=True,
                value=(5, 10),
                why={
                    "es": "Una fila por imagen y una columna por neurona de la capa de salida, "
                    "`Dense(10)`; cada fila suma 1 porque la salida es softmax.",
                    "en": "One row per image and one column per neuron of the output layer, "
                    "`Dense(10)`; each row adds up to 1 because the output is softmax.",
                },
            ),
            Choice(
                "`(5,)`",
                value=(5,),
                why={
                    "es": "`predict` da una probabilidad por clase para cada imagen; el entero "
                    "de la clase lo da después `argmax(axis=1)`.",
                    "en": "`predict` gives one probability per class for each image; the class "
                    "integer comes afterwards from `argmax(axis=1)`.",
                },
            ),
            Choice(
                "`(5, 784)`",
                value=(5, 784),
                why={
                    "es": "Esa es la forma de las imágenes tras `Flatten`; la de la salida la "
                    "fija la última capa, `Dense(10)`.",
                    "en": "That is the shape of the images after `Flatten`; the output's is set "
                    "by the last layer, `Dense(10)`.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "Con una tasa fija durante 20 épocas, la pérdida de entrenamiento sigue "
            "bajando, pero la de validación toca fondo en la época 11 y vuelve a subir. ¿Qué "
            "está pasando?",
            "en": "With a fixed rate for 20 epochs, the training loss keeps falling, but the "
            "validation loss bottoms out at epoch 11 and then rises again. What is happening?",
        },
        choices=(
            Choice(
                {
                    "es": "La tasa de aprendizaje es demasiado grande y el entrenamiento diverge.",
                    "en": "The learning rate is too large and training diverges.",
                },
                why={
                    "es": "Si divergiera, también subiría la pérdida de entrenamiento, y sigue "
                    "bajando.",
                    "en": "If it diverged, the training loss would rise too, and it keeps falling.",
                },
            ),
            Choice(
                {
                    "es": "Infraajuste: la red es demasiado pequeña para aprender bien el "
                    "problema.",
                    "en": "Underfitting: the network is too small to learn the problem well.",
                },
                why={
                    "es": "Una red con infraajuste falla incluso con los datos de entrenamiento; "
                    "aquí la pérdida de entrenamiento sigue bajando.",
                    "en": "An underfitting network fails even on the training data; here the "
                    "training loss keeps falling.",
                },
            ),
            Choice(
                {
                    "es": "Sobreajuste: la red se ajusta cada vez más a sus datos de "
                    "entrenamiento.",
                    "en": "Overfitting: the network fits its training data ever more closely.",
                },
                correct=True,
                why={
                    "es": "Es lo que indica una pérdida de validación que deja de bajar y sube; "
                    "para decidir cuándo parar se vigila esa curva.",
                    "en": "That is what a validation loss that stops falling and rises shows; to "
                    "decide when to stop, watch that curve.",
                },
            ),
        ),
    ),
]
