"""Questions of lesson 6, activation functions (the page's "Compruébalo")."""

from snippets.exercises.activations import _OUTPUTS
from snippets.questions import Choice, Question

QUESTIONS = [
    Question(
        prompt={
            "es": "¿Qué activaciones pondrías en la salida para (a) etiquetar fotos que pueden "
            "mostrar a la vez un perro, un gato y una persona, (b) reconocer cuál de los 10 "
            "dígitos aparece en una imagen y (c) predecir el precio de una vivienda?",
            "en": "Which output activations would you use to (a) tag photos that may show a "
            "dog, a cat and a person at once, (b) recognize which of the 10 digits appears in "
            "an image and (c) predict the price of a house?",
        },
        exercise=2,
        choices=(
            Choice(
                {
                    "es": "(a) softmax, (b) softmax, (c) lineal (sin activación)",
                    "en": "(a) softmax, (b) softmax, (c) linear (no activation)",
                },
                value=("softmax", "softmax", "linear"),
                why={
                    "es": "En (a), softmax obliga a que las probabilidades sumen 1, como si solo "
                    "una etiqueta pudiera ser cierta; pero una foto puede mostrar a la vez un "
                    "perro y un gato.",
                    "en": "In (a), softmax forces the probabilities to sum to 1, as if only one "
                    "label could be true; but a photo may show a dog and a cat at once.",
                },
            ),
            Choice(
                {
                    "es": "(a) sigmoide, (b) sigmoide, (c) lineal (sin activación)",
                    "en": "(a) sigmoid, (b) sigmoid, (c) linear (no activation)",
                },
                value=("sigmoid", "sigmoid", "linear"),
                why={
                    "es": "En (b) aparece exactamente un dígito: softmax reparte una "
                    "probabilidad total de 1 entre las 10 clases, mientras que 10 sigmoides "
                    "independientes no tienen por qué sumar 1.",
                    "en": "In (b) exactly one digit appears: softmax shares a total "
                    "probability of 1 among the 10 classes, while 10 independent sigmoids need "
                    "not sum to 1.",
                },
            ),
            Choice(
                {
                    "es": "(a) sigmoide, (b) softmax, (c) lineal (sin activación)",
                    "en": "(a) sigmoid, (b) softmax, (c) linear (no activation)",
                },
                correct=True,
                value=_OUTPUTS,
                why={
                    "es": "En (a) las etiquetas no se excluyen: cada una lleva su sigmoide y "
                    "sus probabilidades no tienen por qué sumar 1. En (b) hay exactamente una "
                    "clase, y softmax da 10 probabilidades que suman 1. En (c) es una "
                    "regresión: la salida lineal no limita el rango.",
                    "en": "In (a) the labels do not exclude each other: each one gets its own "
                    "sigmoid and their probabilities need not sum to 1. In (b) there is exactly "
                    "one class, and softmax gives 10 probabilities that sum to 1. (c) is a "
                    "regression: a linear output does not limit the range.",
                },
            ),
            Choice(
                {
                    "es": "(a) sigmoide, (b) softmax, (c) ReLU",
                    "en": "(a) sigmoid, (b) softmax, (c) ReLU",
                },
                value=("sigmoid", "softmax", "relu"),
                why={
                    "es": "En (c), un precio nunca es negativo, pero con ReLU, si $z < 0$, la "
                    "salida se queda en 0 y su derivada también: esos ejemplos no corrigen los "
                    "pesos. La salida habitual de una regresión es lineal, sin activación.",
                    "en": "In (c), a price is never negative, but with ReLU, when $z < 0$, the "
                    "output is stuck at 0 and so is its derivative: those examples do not "
                    "correct the weights. The usual regression output is linear, with no "
                    "activation.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": r"¿Cuál es el mayor valor que puede tomar la derivada de la sigmoide, "
            r"$\sigma'(z)$?",
            "en": r"What is the largest value the derivative of the sigmoid, $\sigma'(z)$, can "
            "take?",
        },
        answer=0.25,
        tolerance=0.001,
        example="0.1",
        explanation={
            "es": r"$\sigma'(z) = \sigma(z)\,(1 - \sigma(z))$ es máxima en $z = 0$, donde "
            r"$\sigma(0) = 1/2$: $\sigma'(0) = \tfrac12 \cdot \tfrac12 = 0{,}25$. Por eso, tras "
            r"10 capas de sigmoides, el producto de esos factores no pasa de "
            r"$0{,}25^{10} \approx 10^{-6}$.",
            "en": r"$\sigma'(z) = \sigma(z)\,(1 - \sigma(z))$ peaks at $z = 0$, where "
            r"$\sigma(0) = 1/2$: $\sigma'(0) = \tfrac12 \cdot \tfrac12 = 0.25$. That is why, "
            r"after 10 sigmoid layers, the product of those factors is at most "
            r"$0.25^{10} \approx 10^{-6}$.",
        },
        hint={
            "es": r"Usa $\sigma'(z) = \sigma(z)\,(1 - \sigma(z))$ y busca dónde es máxima: "
            r"¿cuánto vale $\sigma(0)$?",
            "en": r"Use $\sigma'(z) = \sigma(z)\,(1 - \sigma(z))$ and find where it peaks: "
            r"what is $\sigma(0)$?",
        },
        mistakes=(
            (
                0.5,
                {
                    "es": r"Ese es $\sigma(0)$, el valor de la sigmoide; su derivada en ese "
                    r"punto es $\tfrac12 \cdot \tfrac12$.",
                    "en": r"That is $\sigma(0)$, the value of the sigmoid; its derivative there "
                    r"is $\tfrac12 \cdot \tfrac12$.",
                },
            ),
            (
                1,
                {
                    "es": "Esa es la derivada máxima de tanh (y la de ReLU en la parte "
                    "positiva); la sigmoide es más plana.",
                    "en": "That is the largest derivative of tanh (and ReLU's over the positive "
                    "part); the sigmoid is flatter.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "Para $z = 10$, ¿qué activaciones tienen una derivada casi nula?",
            "en": "At $z = 10$, which activations have a derivative close to zero?",
        },
        multiple=True,
        choices=(
            Choice(
                "ReLU",
                why={
                    "es": "Su derivada vale exactamente 1 en toda la parte positiva: no frena el "
                    "gradiente.",
                    "en": "Its derivative is exactly 1 over the whole positive part: it does "
                    "not slow the gradient down.",
                },
            ),
            Choice(
                {"es": "sigmoide", "en": "sigmoid"},
                correct=True,
                why={
                    "es": r"Se satura: para $|z|$ grande es casi plana, y "
                    r"$\sigma'(10) \approx 4{,}5 \cdot 10^{-5}$.",
                    "en": r"It saturates: for large $|z|$ it is almost flat, and "
                    r"$\sigma'(10) \approx 4.5 \cdot 10^{-5}$.",
                },
            ),
            Choice(
                "Leaky ReLU",
                why={
                    "es": r"Para $z > 0$ es $z$, con derivada 1; la pendiente pequeña "
                    r"$\alpha$ es la de los negativos.",
                    "en": r"For $z > 0$ it is $z$, with derivative 1; the small slope "
                    r"$\alpha$ is for negative inputs.",
                },
            ),
            Choice(
                "tanh",
                correct=True,
                why={
                    "es": r"También se satura: $1 - \tanh^2 10 \approx 8 \cdot 10^{-9}$.",
                    "en": r"It saturates too: $1 - \tanh^2 10 \approx 8 \cdot 10^{-9}$.",
                },
            ),
            Choice(
                {"es": "exponencial", "en": "exponential"},
                why={
                    "es": r"Su derivada es la propia $e^{z}$, que crece sin límite: "
                    r"$e^{10} \approx 22\,000$.",
                    "en": r"Its derivative is $e^{z}$ itself, which grows without bound: "
                    r"$e^{10} \approx 22{,}000$.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "Un modelo apila tres capas `Dense` sin activación. ¿Qué afirmaciones son "
            "ciertas?",
            "en": "A model stacks three `Dense` layers without activation. Which statements "
            "are true?",
        },
        multiple=True,
        choices=(
            Choice(
                {
                    "es": "Con suficientes neuronas por capa, puede aproximar cualquier función "
                    "continua.",
                    "en": "With enough neurons per layer, it can approximate any continuous "
                    "function.",
                },
                why={
                    "es": "El teorema de aproximación universal necesita una activación no "
                    "lineal; sin ella, por anchas que sean las capas, la red sigue siendo una "
                    "función afín.",
                    "en": "The universal approximation theorem needs a non-linear activation; "
                    "without one, however wide the layers are, the network is still an affine "
                    "function.",
                },
            ),
            Choice(
                {
                    "es": "Calcula lo mismo que una sola capa `Dense`: una función afín de su "
                    "entrada.",
                    "en": "It computes the same as a single `Dense` layer: an affine function "
                    "of its input.",
                },
                correct=True,
                why={
                    "es": r"$(XW_1 + \mathbf{b}_1)W_2 + \mathbf{b}_2 = X\,W_1 W_2 + "
                    r"(\mathbf{b}_1 W_2 + \mathbf{b}_2)$, y por inducción la pila entera es una "
                    r"capa con $W = W_1 W_2 W_3$.",
                    "en": r"$(XW_1 + \mathbf{b}_1)W_2 + \mathbf{b}_2 = X\,W_1 W_2 + "
                    r"(\mathbf{b}_1 W_2 + \mathbf{b}_2)$, and by induction the whole stack is "
                    r"one layer with $W = W_1 W_2 W_3$.",
                },
            ),
            Choice(
                {
                    "es": "Como tiene más parámetros que la capa equivalente, puede representar "
                    "más funciones.",
                    "en": "Since it has more parameters than the equivalent layer, it can "
                    "represent more functions.",
                },
                why={
                    "es": "Más parámetros no dan más funciones: en el cuaderno, el modelo de 53 "
                    "parámetros da la misma salida que la capa equivalente, de 8, salvo el "
                    "redondeo de `float32`.",
                    "en": "More parameters do not give more functions: in the notebook, the "
                    "53-parameter model gives the same output as the equivalent 8-parameter "
                    "layer, up to `float32` rounding.",
                },
            ),
            Choice(
                {
                    "es": "Si se añade ReLU a las capas ocultas, deja de equivaler a una sola "
                    "capa.",
                    "en": "Adding ReLU to the hidden layers stops it from being equivalent to a "
                    "single layer.",
                },
                correct=True,
                why={
                    "es": "En el cuaderno, con los mismos pesos y ReLU en las capas ocultas, la "
                    "salida se aleja de la de la capa equivalente en varias unidades (4,63).",
                    "en": "In the notebook, with the same weights and ReLU in the hidden layers, "
                    "the output differs from the equivalent layer's by several units (4.63).",
                },
            ),
            Choice(
                {"es": "No puede resolver el XOR.", "en": "It cannot solve XOR."},
                correct=True,
                why={
                    "es": "Equivale a una sola capa lineal, y una capa lineal no resuelve el XOR, "
                    "igual que un perceptrón.",
                    "en": "It is equivalent to a single linear layer, and a linear layer cannot "
                    "solve XOR, just like a perceptron.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "Un modelo `Input(5) → Dense(16) → Dense(8) → Dense(3)` no tiene "
            "activaciones. ¿Qué forma tiene la matriz de pesos de la única capa lineal "
            "equivalente?",
            "en": "A model `Input(5) → Dense(16) → Dense(8) → Dense(3)` has no activations. "
            "What is the shape of the weight matrix of the single equivalent linear layer?",
        },
        exercise=3,
        choices=(
            Choice(
                "(3, 5)",
                value=(3, 5),
                why={
                    "es": "Al revés: en Keras el kernel tiene forma (entradas, unidades), y la "
                    "capa equivalente recibe 5 entradas y da 3 salidas.",
                    "en": "The other way round: in Keras the kernel is shaped (inputs, units), "
                    "and the equivalent layer takes 5 inputs and gives 3 outputs.",
                },
            ),
            Choice(
                "(5, 3)",
                correct=True,
                value=(5, 3),
                why={
                    "es": r"$W = W_1 W_2 W_3$, con formas $(5, 16) \cdot (16, 8) \cdot (8, 3)$: "
                    r"el producto tiene las filas de $W_1$ y las columnas de $W_3$.",
                    "en": r"$W = W_1 W_2 W_3$, with shapes $(5, 16) \cdot (16, 8) \cdot (8, 3)$: "
                    r"the product has the rows of $W_1$ and the columns of $W_3$.",
                },
            ),
            Choice(
                "(5, 16)",
                value=(5, 16),
                why={
                    "es": r"Esa es la forma de $W_1$, la de la primera capa; el producto de las "
                    r"tres tiene las columnas de $W_3$.",
                    "en": r"That is the shape of $W_1$, the first layer's; the product of the "
                    r"three has the columns of $W_3$.",
                },
            ),
            Choice(
                "(16, 8)",
                value=(16, 8),
                why={
                    "es": r"Esa es la forma de $W_2$, la capa del medio; el producto tiene las "
                    r"filas de $W_1$ y las columnas de $W_3$.",
                    "en": r"That is the shape of $W_2$, the middle layer's; the product has the "
                    r"rows of $W_1$ and the columns of $W_3$.",
                },
            ),
        ),
    ),
]
