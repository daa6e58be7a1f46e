"""Questions of lesson 4, the multilayer perceptron (the page's "Compruébalo")."""

from snippets.questions import Choice, Question

QUESTIONS = [
    Question(
        prompt={
            "es": "¿Cuántos parámetros entrenables tiene una red densa 3 → 5 → 2 (3 entradas, "
            "una capa oculta de 5 neuronas y 2 neuronas de salida)?",
            "en": "How many trainable parameters does a 3 → 5 → 2 dense network have (3 "
            "inputs, a hidden layer of 5 neurons and 2 output neurons)?",
        },
        exercise=1,
        answer=32,
        example="12",
        explanation={
            "es": "Cada capa tiene $n_\\text{ent}\\cdot n_\\text{sal} + n_\\text{sal}$ "
            "parámetros: $(3\\cdot 5 + 5) + (5\\cdot 2 + 2) = 20 + 12 = 32$. La capa de "
            "entrada no tiene parámetros.",
            "en": "Each layer has $n_\\text{in}\\cdot n_\\text{out} + n_\\text{out}$ "
            "parameters: $(3\\cdot 5 + 5) + (5\\cdot 2 + 2) = 20 + 12 = 32$. The input layer "
            "has no parameters.",
        },
        hint={
            "es": "Suma capa a capa: un peso por cada par (entrada, neurona) y un sesgo por "
            "neurona.",
            "en": "Add layer by layer: one weight per (input, neuron) pair and one bias per "
            "neuron.",
        },
        mistakes=(
            (
                25,
                {
                    "es": "Esos son solo los pesos, $3\\cdot 5 + 5\\cdot 2$: cada una de las 7 "
                    "neuronas tiene además su sesgo.",
                    "en": "Those are only the weights, $3\\cdot 5 + 5\\cdot 2$: each of the 7 "
                    "neurons also has its own bias.",
                },
            ),
            (
                35,
                {
                    "es": "Has dado un sesgo a las 3 entradas: no son neuronas y no tienen "
                    "parámetros propios.",
                    "en": "You gave the 3 inputs a bias: they are not neurons and have no "
                    "parameters of their own.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "Una capa `keras.layers.Dense(8)` recibe 5 entradas. ¿Qué forma tiene su "
            "`kernel`, la matriz de pesos?",
            "en": "A `keras.layers.Dense(8)` layer receives 5 inputs. What is the shape of its "
            "`kernel`, the weight matrix?",
        },
        exercise=2,
        choices=(
            Choice(
                "`(5,)`",
                value=(5,),
                why={
                    "es": "Eso sería un peso por entrada, como en una sola neurona; aquí hay 8 "
                    "neuronas y cada una tiene sus 5 pesos.",
                    "en": "That would be one weight per input, as in a single neuron; here there "
                    "are 8 neurons and each has its own 5 weights.",
                },
            ),
            Choice(
                "`(8,)`",
                value=(8,),
                why={
                    "es": "Esa es la forma del sesgo, uno por neurona; el `kernel` tiene un peso "
                    "por cada par (entrada, neurona).",
                    "en": "That is the shape of the bias, one per neuron; the `kernel` has one "
                    "weight per (input, neuron) pair.",
                },
            ),
            Choice(
                "`(8, 5)`",
                value=(8, 5),
                why={
                    "es": "Esa es la traspuesta, la de los libros que escriben "
                    "$\\mathbf{z} = W\\mathbf{x}$; Keras guarda el `kernel` como (entradas, "
                    "unidades).",
                    "en": "That is the transpose, the one used by textbooks that write "
                    "$\\mathbf{z} = W\\mathbf{x}$; Keras stores the `kernel` as (inputs, "
                    "units).",
                },
            ),
            Choice(
                "`(5, 8)`",
                correct=True,
                value=(5, 8),
                why={
                    "es": "Keras calcula $Z = X\\,W + \\mathbf{b}$ con $X$ de forma "
                    "(ejemplos, 5), así que $W$ es (entradas, unidades) = (5, 8).",
                    "en": "Keras computes $Z = X\\,W + \\mathbf{b}$ with $X$ shaped "
                    "(examples, 5), so $W$ is (inputs, units) = (5, 8).",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "¿Por qué las capas ocultas necesitan una activación no lineal, como ReLU?",
            "en": "Why do the hidden layers need a non-linear activation, such as ReLU?",
        },
        choices=(
            Choice(
                {
                    "es": "Para que la salida de la red sea una probabilidad entre 0 y 1.",
                    "en": "So that the network's output is a probability between 0 and 1.",
                },
                why={
                    "es": "De eso se encarga la capa de salida, con una sigmoide o una softmax; "
                    "ReLU ni siquiera está acotada.",
                    "en": "That is the output layer's job, with a sigmoid or a softmax; ReLU is "
                    "not even bounded.",
                },
            ),
            Choice(
                {
                    "es": "Sin ella, varias capas seguidas equivalen a una sola transformación "
                    "afín.",
                    "en": "Without it, several layers in a row amount to a single affine "
                    "transformation.",
                },
                correct=True,
                why={
                    "es": "El producto de matrices es otra matriz: $(X W_1 + \\mathbf{b}_1) W_2 "
                    "+ \\mathbf{b}_2 = X (W_1 W_2) + (\\mathbf{b}_1 W_2 + \\mathbf{b}_2)$. Por "
                    "eso, sin activación, la red no gana nada con la profundidad: la frontera "
                    "sigue siendo una recta y XOR no se resuelve.",
                    "en": "A product of matrices is another matrix: $(X W_1 + \\mathbf{b}_1) "
                    "W_2 + \\mathbf{b}_2 = X (W_1 W_2) + (\\mathbf{b}_1 W_2 + \\mathbf{b}_2)$. "
                    "That is why, without activation, the network gains nothing from depth: "
                    "the boundary is still a straight line and XOR is not solved.",
                },
            ),
            Choice(
                {
                    "es": "Para que la red tenga menos parámetros que entrenar.",
                    "en": "So that the network has fewer parameters to train.",
                },
                why={
                    "es": "La activación no cambia la cuenta: cada capa tiene "
                    "$n_\\text{ent}\\cdot n_\\text{sal} + n_\\text{sal}$ parámetros, con o sin "
                    "ReLU.",
                    "en": "The activation does not change the count: each layer has "
                    "$n_\\text{in}\\cdot n_\\text{out} + n_\\text{out}$ parameters, with or "
                    "without ReLU.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "¿Qué dice el teorema de aproximación universal?",
            "en": "What does the universal approximation theorem say?",
        },
        multiple=True,
        choices=(
            Choice(
                {
                    "es": "Dice cuántas neuronas hacen falta.",
                    "en": "It says how many neurons are needed.",
                },
                why={
                    "es": "Solo asegura que bastan neuronas suficientes, sin decir cuántas; "
                    "pueden ser muchísimas, como en el diente de sierra de Telgarsky.",
                    "en": "It only says that enough neurons will do, not how many; they can be "
                    "a huge number, as in Telgarsky's sawtooth.",
                },
            ),
            Choice(
                {
                    "es": "Una red con una sola capa oculta y neuronas suficientes aproxima "
                    "tanto como se quiera cualquier función continua sobre un conjunto "
                    "compacto de entradas.",
                    "en": "A network with a single hidden layer and enough neurons approximates "
                    "any continuous function on a compact set of inputs as closely as wanted.",
                },
                correct=True,
                why={
                    "es": "Es el enunciado, siempre que la activación cumpla la condición del "
                    "teorema (por ejemplo, continua y no polinómica).",
                    "en": "That is the statement, provided the activation meets the theorem's "
                    "condition (for example, continuous and not a polynomial).",
                },
            ),
            Choice(
                {
                    "es": "Garantiza que el entrenamiento encuentra esos pesos.",
                    "en": "It guarantees that training finds those weights.",
                },
                why={
                    "es": "Dice que los pesos existen, no cómo encontrarlos.",
                    "en": "It says the weights exist, not how to find them.",
                },
            ),
            Choice(
                {
                    "es": "Vale también con ReLU.",
                    "en": "It also holds with ReLU.",
                },
                correct=True,
                why={
                    "es": "Leshno et al. (1993) lo demostraron para cualquier activación "
                    "continua que no sea un polinomio, ReLU incluida.",
                    "en": "Leshno et al. (1993) proved it for any continuous activation that is "
                    "not a polynomial, ReLU included.",
                },
            ),
            Choice(
                {
                    "es": "Permite aproximar uniformemente $1/x$ en el intervalo abierto $(0, 1)$.",
                    "en": "It lets a network approximate $1/x$ uniformly on the open interval "
                    "$(0, 1)$.",
                },
                why={
                    "es": "$(0, 1)$ no es compacto: ahí $1/x$ no está acotada y una red sí, así "
                    "que ninguna la aproxima uniformemente.",
                    "en": "$(0, 1)$ is not compact: there $1/x$ is unbounded and a network is "
                    "not, so no network approximates it uniformly.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "En la práctica de Iris, 120 flores son de entrenamiento, `fit` usa "
            "`validation_split=0.2` y 30 flores quedan para la prueba. ¿Con qué flores se "
            "ajusta el `StandardScaler`?",
            "en": "In the Iris practical, 120 flowers are for training, `fit` uses "
            "`validation_split=0.2` and 30 flowers are kept for the test. Which flowers is the "
            "`StandardScaler` fitted on?",
        },
        choices=(
            Choice(
                {
                    "es": "Con las 150, para que las medias y desviaciones sean más precisas.",
                    "en": "On all 150, so that the means and deviations are more accurate.",
                },
                why={
                    "es": "Así se filtraría información de la validación y de la prueba al "
                    "entrenamiento: el conjunto de prueba no se toca hasta el final.",
                    "en": "That would leak information from validation and test into training: "
                    "the test set is not touched until the end.",
                },
            ),
            Choice(
                {
                    "es": "Con las 120 de entrenamiento.",
                    "en": "On the 120 training flowers.",
                },
                why={
                    "es": "Entre ellas están las 24 últimas, que `validation_split` reserva para "
                    "validación: sus medias y desviaciones se filtrarían al entrenamiento.",
                    "en": "They include the last 24, which `validation_split` keeps for "
                    "validation: their means and deviations would leak into training.",
                },
            ),
            Choice(
                {
                    "es": "Con las 96 primeras, las que la red usa de verdad para entrenar.",
                    "en": "On the first 96, the ones the network really trains on.",
                },
                correct=True,
                why={
                    "es": "`validation_split=0.2` reserva las 24 últimas de las 120 para "
                    "validación; el escalado ajustado con las 96 se aplica después sin "
                    "cambios a esas 24 y a las 30 de prueba.",
                    "en": "`validation_split=0.2` keeps the last 24 of the 120 for validation; "
                    "the scaling fitted on the 96 is then applied unchanged to those 24 and to "
                    "the 30 test flowers.",
                },
            ),
            Choice(
                {
                    "es": "Cada conjunto con sus propias medias y desviaciones.",
                    "en": "Each set on its own means and deviations.",
                },
                why={
                    "es": "Todos los datos deben pasar por la misma transformación: la que se "
                    "ajusta con las flores de entrenamiento se aplica sin cambios a la "
                    "validación y a la prueba.",
                    "en": "All data must go through the same transformation: the one fitted on "
                    "the training flowers is applied unchanged to validation and test.",
                },
            ),
        ),
    ),
]
