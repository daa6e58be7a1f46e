"""Questions of lesson 14, the network zoo (the page's "Compruébalo"; no notebook exercises)."""

from snippets.questions import Choice, Question

QUESTIONS = [
    Question(
        prompt={
            "es": "Tienes una hoja de cálculo de 2000 clientes con 15 columnas (edad, antigüedad, "
            "consumo…) y quieres predecir cuáles se darán de baja. ¿Por dónde empiezas?",
            "en": "You have a spreadsheet of 2,000 customers with 15 columns (age, tenure, "
            "usage…) and want to predict which ones will cancel. Where do you start?",
        },
        choices=(
            Choice(
                {
                    "es": "Por un MLP profundo con una amplia búsqueda de hiperparámetros.",
                    "en": "With a deep MLP and a broad hyperparameter search.",
                },
                why={
                    "es": "En 45 conjuntos tabulares, los árboles superaron a las redes profundas "
                    "incluso tras una amplia búsqueda de hiperparámetros; y sin una línea base no "
                    "sabrías si la red compensa su coste.",
                    "en": "On 45 tabular datasets, trees beat deep networks even after a broad "
                    "hyperparameter search; and without a baseline you would not know whether "
                    "the network is worth its cost.",
                },
            ),
            Choice(
                {
                    "es": "Por una métrica y una línea base, y después árboles potenciados por "
                    "gradiente.",
                    "en": "With a metric and a baseline, and then gradient-boosted trees.",
                },
                correct=True,
                why={
                    "es": "Con tablas de tamaño modesto, los árboles suelen ganar a un MLP "
                    "(Grinsztajn et al., 2022). Una red, solo si mejora con claridad la línea "
                    "base en validación.",
                    "en": "On tables of modest size, trees usually beat an MLP (Grinsztajn et "
                    "al., 2022). A network only if it clearly beats the baseline on validation "
                    "data.",
                },
            ),
            Choice(
                {
                    "es": "Por un *transformer*, que es la base de los grandes modelos de "
                    "lenguaje.",
                    "en": "With a transformer, the basis of large language models.",
                },
                why={
                    "es": "Las redes neuronales brillan con imágenes, audio y texto, y con muchos "
                    "datos; una tabla de 2000 filas es justo donde los árboles suelen ganar.",
                    "en": "Neural networks shine with images, audio and text, and with lots of "
                    "data; a table of 2,000 rows is just where trees usually win.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "Un lote de 32 series de 100 pasos con 8 sensores entra en "
            "`keras.layers.LSTM(16)`. ¿Qué forma tiene la salida, con las opciones por defecto?",
            "en": "A batch of 32 series of 100 steps with 8 sensors goes into "
            "`keras.layers.LSTM(16)`. What shape is the output, with the default options?",
        },
        choices=(
            Choice(
                "`(32, 100, 16)`",
                why={
                    "es": "Esa sería la salida con `return_sequences=True`, un estado por paso; "
                    "por defecto solo sale el del último.",
                    "en": "That would be the output with `return_sequences=True`, one state per "
                    "step; by default only the last one comes out.",
                },
            ),
            Choice(
                "`(32, 100, 8)`",
                why={
                    "es": "Esa es la forma de la entrada, `(lote, pasos, características)`; la "
                    "capa devuelve 16 valores, uno por unidad.",
                    "en": "That is the shape of the input, `(batch, timesteps, features)`; the "
                    "layer returns 16 values, one per unit.",
                },
            ),
            Choice(
                "`(32, 16)`",
                correct=True,
                why={
                    "es": "Por defecto (`return_sequences=False`) la LSTM devuelve solo su salida "
                    "en el último paso, el estado oculto $\\mathbf{h}_T$: una fila de 16 por "
                    "serie.",
                    "en": "By default (`return_sequences=False`) the LSTM returns only its output "
                    "at the last step, the hidden state $\\mathbf{h}_T$: a row of 16 per series.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "`keras.layers.SimpleRNN(16)` calcula "
            "$\\mathbf{h}_t = \\tanh(W\\mathbf{x}_t + U\\mathbf{h}_{t-1} + \\mathbf{b})$ sobre "
            "series de 100 pasos con 8 características. ¿Cuántos parámetros tiene?",
            "en": "`keras.layers.SimpleRNN(16)` computes "
            "$\\mathbf{h}_t = \\tanh(W\\mathbf{x}_t + U\\mathbf{h}_{t-1} + \\mathbf{b})$ on "
            "series of 100 steps with 8 features. How many parameters does it have?",
        },
        answer=400,
        example="100",
        explanation={
            "es": "$W$ tiene $8 \\cdot 16 = 128$ pesos, $U$ tiene $16 \\cdot 16 = 256$ y "
            "$\\mathbf{b}$, 16: $128 + 256 + 16 = 400$. Son los mismos pesos en todos los "
            "pasos, así que el número no depende de la longitud de la serie.",
            "en": "$W$ has $8 \\cdot 16 = 128$ weights, $U$ has $16 \\cdot 16 = 256$ and "
            "$\\mathbf{b}$, 16: $128 + 256 + 16 = 400$. The weights are the same at every step, "
            "so the count does not depend on the length of the series.",
        },
        hint={
            "es": "$W$ lleva las 8 características a los 16 estados; $U$, los 16 estados "
            "anteriores a los 16 nuevos; y hay un sesgo por unidad.",
            "en": "$W$ takes the 8 features to the 16 states; $U$, the 16 previous states to the "
            "16 new ones; and there is one bias per unit.",
        },
        mistakes=(
            (
                144,
                {
                    "es": "Falta $U$, los $16 \\cdot 16$ pesos que llevan el estado anterior "
                    "$\\mathbf{h}_{t-1}$ al nuevo.",
                    "en": "You left out $U$, the $16 \\cdot 16$ weights that take the previous "
                    "state $\\mathbf{h}_{t-1}$ to the new one.",
                },
            ),
            (
                384,
                {
                    "es": "Has contado $W$ y $U$, pero falta el sesgo $\\mathbf{b}$, uno por "
                    "unidad.",
                    "en": "You counted $W$ and $U$, but the bias $\\mathbf{b}$, one per unit, "
                    "is missing.",
                },
            ),
            (
                40000,
                {
                    "es": "Has multiplicado por los 100 pasos, pero los pesos son los mismos en "
                    "todos ellos.",
                    "en": "You multiplied by the 100 steps, but the weights are the same at every "
                    "step.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "¿Por qué se puede generar un ejemplo nuevo decodificando un código al azar en "
            "un VAE y, en cambio, con un autocodificador normal suele salir algo sin sentido?",
            "en": "Why can you generate a new example by decoding a random code in a VAE, while "
            "with a plain autoencoder you usually get nonsense?",
        },
        choices=(
            Choice(
                {
                    "es": "Porque el truco de la reparametrización hace aleatorio al "
                    "decodificador.",
                    "en": "Because the reparameterization trick makes the decoder random.",
                },
                why={
                    "es": "El truco, $\\mathbf{z} = \\boldsymbol{\\mu} + \\boldsymbol{\\sigma} "
                    "\\odot \\boldsymbol{\\varepsilon}$, sirve para retropropagar a través del "
                    "muestreo; lo aleatorio es el código, no el decodificador.",
                    "en": "The trick, $\\mathbf{z} = \\boldsymbol{\\mu} + \\boldsymbol{\\sigma} "
                    "\\odot \\boldsymbol{\\varepsilon}$, is what lets us backpropagate through the "
                    "sampling; what is random is the code, not the decoder.",
                },
            ),
            Choice(
                {
                    "es": "Porque el término de Kullback-Leibler del VAE acerca los códigos a "
                    "$\\mathcal{N}(0, I)$.",
                    "en": "Because the VAE's Kullback-Leibler term pulls the codes towards "
                    "$\\mathcal{N}(0, I)$.",
                },
                correct=True,
                why={
                    "es": "Así, un $\\mathbf{z}$ muestreado de esa normal cae donde el "
                    "decodificador sabe reconstruir. Nada obliga a los códigos de un "
                    "autocodificador normal a ocupar una región conocida.",
                    "en": "So a $\\mathbf{z}$ sampled from that normal lands where the decoder "
                    "knows how to reconstruct. Nothing forces the codes of a plain autoencoder "
                    "to fill a known region.",
                },
            ),
            Choice(
                {
                    "es": "Porque el VAE se entrena con etiquetas y el autocodificador, sin ellas.",
                    "en": "Because the VAE is trained with labels and the autoencoder without "
                    "them.",
                },
                why={
                    "es": "Ninguno de los dos necesita etiquetas: los dos aprenden a reconstruir "
                    "su entrada; el VAE suma a esa pérdida la divergencia de Kullback-Leibler.",
                    "en": "Neither needs labels: both learn to reconstruct their input; the VAE "
                    "adds the Kullback-Leibler divergence to that loss.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "¿Qué es cierto del *transformer*?",
            "en": "What is true of the transformer?",
        },
        multiple=True,
        choices=(
            Choice(
                {
                    "es": "Prescinde de la recurrencia: al entrenar, todas las posiciones se "
                    "procesan a la vez.",
                    "en": "It drops recurrence: during training all positions are processed at "
                    "once.",
                },
                correct=True,
                why={
                    "es": "Se apoya en la atención, lo que aprovecha las GPU, y dos palabras "
                    "cualesquiera están a un solo paso de distancia.",
                    "en": "It builds on attention, which suits GPUs, and any two words are a "
                    "single step apart.",
                },
            ),
            Choice(
                {
                    "es": "Los pesos con que la atención pondera cada posición son parámetros "
                    "que se aprenden una vez y son los mismos para todas las frases.",
                    "en": "The weights with which attention weighs each position are parameters "
                    "learned once, the same for every sentence.",
                },
                why={
                    "es": "Se calculan de nuevo para cada entrada, con "
                    "$\\operatorname{softmax}(Q K^\\top / \\sqrt{d_k})$, a partir de las "
                    "consultas y las claves de sus posiciones; lo que se aprende una vez son las "
                    "matrices que convierten cada posición en su consulta, su clave y su valor.",
                    "en": "They are computed afresh for each input, with "
                    "$\\operatorname{softmax}(Q K^\\top / \\sqrt{d_k})$, from the queries and keys "
                    "of its positions; what is learned once are the matrices that turn each "
                    "position into its query, key and value.",
                },
            ),
            Choice(
                {
                    "es": "Una codificación posicional sumada a la entrada le dice dónde está cada "
                    "palabra.",
                    "en": "A positional encoding added to the input tells it where each word is.",
                },
                correct=True,
                why={
                    "es": "No recorre la secuencia paso a paso, como una red recurrente: es la "
                    "codificación posicional la que le dice en qué posición está cada palabra.",
                    "en": "It does not go through the sequence step by step, as a recurrent "
                    "network does: the positional encoding is what tells it where each word is.",
                },
            ),
            Choice(
                {
                    "es": "Genera un texto entero de una vez, todas las palabras en paralelo.",
                    "en": "It generates a whole text at once, all words in parallel.",
                },
                why={
                    "es": "Al entrenar procesa todas las posiciones a la vez, pero para generar "
                    "texto sigue produciendo una palabra cada vez.",
                    "en": "In training it processes all positions at once, but to generate text it "
                    "still produces one word at a time.",
                },
            ),
        ),
    ),
]
