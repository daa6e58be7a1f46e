"""Questions of lesson 3, the neuron and the perceptron (the page's "Compruébalo")."""

from snippets.exercises.perceptron import _Q1, SEPARABLE
from snippets.questions import Choice, Question

QUESTIONS = [
    Question(
        prompt={
            "es": r"Un perceptrón tiene $\mathbf{w} = (0{,}2,\ -0{,}4)$, $b = 0{,}1$ y "
            r"$\eta = 0{,}1$. Recibe $\mathbf{x} = (1, 1)$ con etiqueta $y = 1$. "
            "¿Cómo quedan $w_1$, $w_2$ y $b$ tras aplicar la regla una vez?",
            "en": r"A perceptron has $\mathbf{w} = (0.2,\ -0.4)$, $b = 0.1$ and "
            r"$\eta = 0.1$. It receives $\mathbf{x} = (1, 1)$ with label $y = 1$. "
            "What are $w_1$, $w_2$ and $b$ after one application of the rule?",
        },
        exercise=1,
        choices=(
            Choice(
                {
                    "es": "w₁ = 0,2; w₂ = −0,4; b = 0,1 (no cambian)",
                    "en": "w₁ = 0.2, w₂ = −0.4, b = 0.1 (unchanged)",
                },
                value=(0.2, -0.4, 0.1),
            ),
            Choice(
                {"es": "w₁ = 0,3; w₂ = −0,3; b = 0,1", "en": "w₁ = 0.3, w₂ = −0.3, b = 0.1"},
                value=(0.3, -0.3, 0.1),
            ),
            Choice(
                {"es": "w₁ = 0,3; w₂ = −0,3; b = 0,2", "en": "w₁ = 0.3, w₂ = −0.3, b = 0.2"},
                correct=True,
                value=_Q1,
                why={
                    "es": "$z = 0{,}2 - 0{,}4 + 0{,}1 = -0{,}1 < 0$, así que $\\hat{y} = 0$; el "
                    "error es $y - \\hat{y} = 1$ y se suma $\\eta\\,\\mathbf{x} = (0{,}1,\\ "
                    "0{,}1)$ a los pesos y $\\eta = 0{,}1$ al sesgo.",
                    "en": "$z = 0.2 - 0.4 + 0.1 = -0.1 < 0$, so $\\hat{y} = 0$; the error is "
                    "$y - \\hat{y} = 1$, so $\\eta\\,\\mathbf{x} = (0.1,\\ 0.1)$ is added to "
                    "the weights and $\\eta = 0.1$ to the bias.",
                },
            ),
            Choice(
                {"es": "w₁ = 0,1; w₂ = −0,5; b = 0", "en": "w₁ = 0.1, w₂ = −0.5, b = 0"},
                value=(0.1, -0.5, 0.0),
            ),
        ),
    ),
    Question(
        prompt={
            "es": "¿Qué puertas lógicas de dos entradas puede calcular un solo perceptrón?",
            "en": "Which two-input logic gates can a single perceptron compute?",
        },
        multiple=True,
        exercise=2,
        choices=tuple(
            Choice(
                gate,
                correct=gate in SEPARABLE,
                value=gate,
                why={
                    "es": f"{gate} es linealmente separable: una recta deja sus unos a un lado "
                    "y sus ceros al otro."
                    if gate in SEPARABLE
                    else f"{gate} no es linealmente separable: ninguna recta deja $(0, 1)$ y "
                    "$(1, 0)$ a un lado y $(0, 0)$ y $(1, 1)$ al otro.",
                    "en": f"{gate} is linearly separable: a line puts its ones on one side and "
                    "its zeros on the other."
                    if gate in SEPARABLE
                    else f"{gate} is not linearly separable: no line puts $(0, 1)$ and "
                    "$(1, 0)$ on one side and $(0, 0)$ and $(1, 1)$ on the other.",
                },
            )
            for gate in ("AND", "OR", "XOR", "NAND", "NOR", "XNOR")
        ),
    ),
    Question(
        prompt={
            "es": "Una capa `Dense(4)` recibe 3 entradas. ¿Cuántos parámetros aprende "
            "(pesos y sesgos)?",
            "en": "A `Dense(4)` layer receives 3 inputs. How many parameters (weights and "
            "biases) does it learn?",
        },
        answer=16,
        example="12",
        explanation={
            "es": "El `kernel` tiene forma $(3, 4)$, 12 pesos, y cada una de las 4 neuronas "
            "tiene su propio sesgo: $12 + 4 = 16$.",
            "en": "The `kernel` has shape $(3, 4)$, 12 weights, and each of the 4 neurons has "
            "its own bias: $12 + 4 = 16$.",
        },
        hint={
            "es": "Cuenta los pesos, uno por cada par (entrada, neurona), y luego los sesgos.",
            "en": "Count the weights, one per (input, neuron) pair, then the biases.",
        },
        mistakes=(
            (
                12,
                {
                    "es": "Esos son solo los pesos: falta un sesgo por neurona.",
                    "en": "Those are only the weights: each neuron also has a bias.",
                },
            ),
            (
                13,
                {
                    "es": "Los sesgos no se comparten: cada una de las 4 neuronas tiene el suyo.",
                    "en": "Biases are not shared: each of the 4 neurons has its own.",
                },
            ),
            (
                7,
                {
                    "es": "Has sumado entradas y neuronas; los pesos son uno por cada par "
                    "(entrada, neurona), $3 \\cdot 4$.",
                    "en": "You added inputs and neurons; there is one weight per (input, neuron) "
                    "pair, $3 \\cdot 4$.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": r"Con $\mathbf{w} = (1, 1)$, ¿qué sesgo convierte el perceptrón en la puerta OR?",
            "en": r"With $\mathbf{w} = (1, 1)$, which bias turns the perceptron into the OR gate?",
        },
        choices=(
            Choice(
                {"es": "b = −1,5", "en": "b = −1.5"},
                why={
                    "es": "Con $b = -1{,}5$ solo $(1, 1)$ da $z \\ge 0$: es AND.",
                    "en": "With $b = -1.5$ only $(1, 1)$ gives $z \\ge 0$: that is AND.",
                },
            ),
            Choice(
                {"es": "b = −0,5", "en": "b = −0.5"},
                correct=True,
                why={
                    "es": "$(0, 0)$ da $z = -0{,}5 < 0$ y las otras tres entradas dan "
                    "$z \\ge 0{,}5$: responde 1 si alguna entrada vale 1.",
                    "en": "$(0, 0)$ gives $z = -0.5 < 0$ and the other three inputs give "
                    "$z \\ge 0.5$: it answers 1 when any input is 1.",
                },
            ),
            Choice(
                {"es": "b = 0,5", "en": "b = 0.5"},
                why={
                    "es": "Con $b = 0{,}5$ también $(0, 0)$ da $z = 0{,}5 \\ge 0$: responde "
                    "siempre 1.",
                    "en": "With $b = 0.5$, $(0, 0)$ also gives $z = 0.5 \\ge 0$: it always "
                    "answers 1.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "¿Cuándo cambia los pesos la regla del perceptrón?",
            "en": "When does the perceptron rule change the weights?",
        },
        choices=(
            Choice(
                {
                    "es": "Con cada ejemplo, acierte o no.",
                    "en": "With every example, right or wrong.",
                },
                why={
                    "es": "Si acierta, $y - \\hat{y} = 0$ y la corrección "
                    "$\\eta\\,(y - \\hat{y})\\,\\mathbf{x}$ es nula.",
                    "en": "When it is right, $y - \\hat{y} = 0$ and the correction "
                    "$\\eta\\,(y - \\hat{y})\\,\\mathbf{x}$ is zero.",
                },
            ),
            Choice(
                {
                    "es": "Una vez por época, con el error medio de todos los ejemplos.",
                    "en": "Once per epoch, with the mean error over all examples.",
                },
                why={
                    "es": "Eso sería una versión por lotes completos, como el descenso del "
                    "gradiente con todos los datos; la regla del perceptrón corrige ejemplo a "
                    "ejemplo.",
                    "en": "That would be a full-batch version, like gradient descent on all the "
                    "data; the perceptron rule corrects one example at a time.",
                },
            ),
            Choice(
                {
                    "es": "Solo cuando se equivoca con el ejemplo que está viendo.",
                    "en": "Only when it gets the example it is looking at wrong.",
                },
                correct=True,
                why={
                    "es": "La corrección es $\\eta\\,(y - \\hat{y})\\,\\mathbf{x}$: si "
                    "$\\hat{y} = y$, el factor $y - \\hat{y}$ es 0 y nada cambia.",
                    "en": "The correction is $\\eta\\,(y - \\hat{y})\\,\\mathbf{x}$: when "
                    "$\\hat{y} = y$, the factor $y - \\hat{y}$ is 0 and nothing changes.",
                },
            ),
        ),
    ),
]
