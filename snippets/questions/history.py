"""Questions of lesson 1, the history of neural networks (the page's "Compruébalo")."""

from snippets.exercises.history import GROWTH_ALEXNET_TO_GPT3, HUMAN_NEURONS
from snippets.questions import Choice, Question

QUESTIONS = [
    Question(
        prompt={
            "es": "¿Por qué un único perceptrón no puede aprender XOR?",
            "en": "Why can a single perceptron not learn XOR?",
        },
        exercise=2,
        choices=(
            Choice(
                {
                    "es": "Su tasa de aprendizaje es demasiado pequeña.",
                    "en": "Its learning rate is too small.",
                },
                value="a",
            ),
            Choice(
                {
                    "es": "Su frontera de decisión es una recta y ninguna recta separa los casos "
                    "de XOR.",
                    "en": "Its decision boundary is a straight line and no line separates the "
                    "XOR cases.",
                },
                correct=True,
                value="b",
                why={
                    "es": "XOR no es linealmente separable: los pesos tendrían que cumplir "
                    "$w_1 + b \\ge 0$ y $w_2 + b \\ge 0$ con $b < 0$, y entonces "
                    "$w_1 + w_2 + b \\ge -b > 0$, cuando $(1, 1)$ necesita $z < 0$.",
                    "en": "XOR is not linearly separable: the weights would need "
                    "$w_1 + b \\ge 0$ and $w_2 + b \\ge 0$ with $b < 0$, and then "
                    "$w_1 + w_2 + b \\ge -b > 0$, while $(1, 1)$ needs $z < 0$.",
                },
            ),
            Choice(
                {"es": "XOR necesita muchos más ejemplos.", "en": "XOR needs many more examples."},
                value="c",
            ),
            Choice(
                {
                    "es": "La función escalón no es derivable.",
                    "en": "The step function is not differentiable.",
                },
                value="d",
            ),
        ),
    ),
    Question(
        prompt={
            "es": "¿Cuáles de estas afirmaciones sobre la inteligencia artificial, el "
            "aprendizaje automático y el aprendizaje profundo son ciertas?",
            "en": "Which of these statements about artificial intelligence, machine learning "
            "and deep learning are true?",
        },
        multiple=True,
        choices=(
            Choice(
                {
                    "es": "Un árbol de decisión entrenado con datos es aprendizaje automático, "
                    "pero no aprendizaje profundo.",
                    "en": "A decision tree trained on data is machine learning, but not deep "
                    "learning.",
                },
                correct=True,
                why={
                    "es": "Aprende de los datos, pero no es una red neuronal de muchas capas.",
                    "en": "It learns from data, but it is not a many-layer neural network.",
                },
            ),
            Choice(
                {
                    "es": "Toda la inteligencia artificial aprende a partir de datos.",
                    "en": "All artificial intelligence learns from data.",
                },
                why={
                    "es": "Solo la parte que es aprendizaje automático; la búsqueda o las reglas "
                    "escritas a mano no aprenden.",
                    "en": "Only the part that is machine learning does; search or hand-written "
                    "rules do not learn.",
                },
            ),
            Choice(
                {
                    "es": "Un programa de ajedrez clásico, que explora jugadas con reglas fijas, "
                    "es inteligencia artificial.",
                    "en": "A classic chess program, which explores moves with fixed rules, is "
                    "artificial intelligence.",
                },
                correct=True,
                why={
                    "es": "Es IA sin aprendizaje: la IA abarca también métodos que no aprenden, "
                    "como la búsqueda o los sistemas expertos.",
                    "en": "It is AI without learning: AI also covers methods that do not learn, "
                    "such as search or expert systems.",
                },
            ),
            Choice(
                {
                    "es": "Todo el aprendizaje profundo es aprendizaje automático.",
                    "en": "All deep learning is machine learning.",
                },
                correct=True,
                why={
                    "es": "Los conjuntos están anidados: el aprendizaje profundo es el "
                    "aprendizaje automático con redes neuronales de muchas capas.",
                    "en": "The sets are nested: deep learning is machine learning with "
                    "many-layer neural networks.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "AlexNet (2012) tiene unos 60 millones de parámetros y GPT-3 (2020), "
            "175\u00a0000 millones. ¿Cuántas veces más parámetros tiene GPT-3?",
            "en": "AlexNet (2012) has about 60 million parameters and GPT-3 (2020), 175 "
            "billion. How many times more parameters does GPT-3 have?",
        },
        exercise=3,
        answer=GROWTH_ALEXNET_TO_GPT3,
        tolerance=85,
        example="1500",
        explanation={
            "es": "$\\dfrac{175 \\times 10^{9}}{60 \\times 10^{6}} \\approx 2917$: unas 2900 "
            "veces más parámetros en ocho años.",
            "en": "$\\dfrac{175 \\times 10^{9}}{60 \\times 10^{6}} \\approx 2917$: about 2,900 "
            "times more parameters in eight years.",
        },
        hint={
            "es": "Divide los parámetros de GPT-3 entre los de AlexNet, con sus potencias de "
            "10: 175\u00a0000 millones son $175 \\times 10^{9}$ y 60 millones, "
            "$60 \\times 10^{6}$.",
            "en": "Divide GPT-3's parameters by AlexNet's, with their powers of 10: 175 "
            "billion is $175 \\times 10^{9}$ and 60 million, $60 \\times 10^{6}$.",
        },
        mistakes=(
            (
                175 / 60,
                {
                    "es": "Te sale demasiado poco. Si has obtenido unas 2,9, has tomado "
                    "175\u00a0000 millones por 175 millones; si te sale menos de 1, has "
                    "dividido al revés.",
                    "en": "That is far too small. If you got about 2.9, you took 175 billion "
                    "for 175 million; if you got less than 1, you divided the other way round.",
                },
            ),
            (
                175e9 - 60e6,
                {
                    "es": "Esa es la diferencia; la pregunta pide cuántas veces, es decir, el "
                    "cociente.",
                    "en": "That is the difference; the question asks how many times, that is, "
                    "the ratio.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "¿Cuántas neuronas tiene, aproximadamente, el cerebro humano adulto?",
            "en": "About how many neurons does the adult human brain have?",
        },
        exercise=4,
        choices=(
            Choice(
                {"es": "Unos 80 millones", "en": "About 80 million"},
                value=80e6,
                why={
                    "es": "Es una cifra que circula, pero se queda corta unas mil veces: son "
                    "miles de millones, no millones.",
                    "en": "It is a figure that gets repeated, but it is about a thousand times "
                    "too small: it is billions, not millions.",
                },
            ),
            Choice(
                {"es": "Unos 86\u00a0000 millones", "en": "About 86 billion"},
                correct=True,
                value=HUMAN_NEURONS,
                why={
                    "es": "Es el recuento de Azevedo et al. (2009): $8{,}6 \\times 10^{10}$ "
                    "neuronas.",
                    "en": "That is Azevedo et al.'s (2009) count: $8.6 \\times 10^{10}$ neurons.",
                },
            ),
            Choice(
                {"es": "Unos 175\u00a0000 millones", "en": "About 175 billion"},
                value=175e9,
                why={
                    "es": "Esos son los parámetros de GPT-3, no neuronas de ningún sistema.",
                    "en": "That is GPT-3's parameter count, not the neurons of anything.",
                },
            ),
            Choice(
                {
                    "es": "Entre 10¹⁴ y 10¹⁵ (de cien a mil billones)",
                    "en": "Between 10¹⁴ and 10¹⁵ (a hundred trillion to a quadrillion)",
                },
                value=1e14,
                why={
                    "es": "Ese es el orden de magnitud de las sinapsis, las conexiones entre "
                    "neuronas, no el de las neuronas.",
                    "en": "That is the order of magnitude of the synapses, the connections "
                    "between neurons, not of the neurons.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "¿Qué fue para las redes neuronales el segundo invierno de la IA "
            "(aproximadamente entre 1987 y 1993)?",
            "en": "What was the second AI winter (roughly 1987–1993) for neural networks?",
        },
        choices=(
            Choice(
                {
                    "es": "El periodo en que casi nadie las financiaba tras *Perceptrons* (1969).",
                    "en": "The period when hardly anyone funded them after *Perceptrons* (1969).",
                },
                why={
                    "es": "Ese fue el primer invierno, aproximadamente entre 1974 y 1980.",
                    "en": "That was the first winter, roughly 1974–1980.",
                },
            ),
            Choice(
                {
                    "es": "Su declive, porque las máquinas de vectores de soporte las superaban.",
                    "en": "Their decline, because support vector machines outperformed them.",
                },
                why={
                    "es": "Ese declive llegó después, desde mediados de los noventa (las SVM son "
                    "de 1995), y duró hasta 2006.",
                    "en": "That decline came later, from the mid-1990s (SVMs date from 1995), "
                    "and lasted until 2006.",
                },
            ),
            Choice(
                {
                    "es": "Años de auge: los volúmenes *PDP* y la primera conferencia NIPS "
                    "reunieron a una comunidad creciente.",
                    "en": "Boom years: the *PDP* volumes and the first NIPS conference gathered "
                    "a growing community.",
                },
                correct=True,
                why={
                    "es": "Ese invierno fue sobre todo el de la IA simbólica: se hundió el "
                    "mercado de los sistemas expertos y de las máquinas Lisp, mientras las "
                    "redes neuronales, con la retropropagación recién popularizada (1986), "
                    "vivían lo contrario.",
                    "en": "That winter was above all one of symbolic AI: the market for expert "
                    "systems and Lisp machines collapsed, while neural networks, with "
                    "backpropagation just popularized (1986), were booming.",
                },
            ),
        ),
    ),
]
