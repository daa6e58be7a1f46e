"""Questions of lesson 7, backpropagation (the page's "Compruébalo")."""

from snippets.questions import Choice, Question

QUESTIONS = [
    Question(
        prompt={
            "es": "Un conjunto de entrenamiento tiene 1000 ejemplos y entrenas con "
            "`batch_size=64`. ¿Cuántas iteraciones hay en cada época?",
            "en": "A training set has 1000 examples and you train with `batch_size=64`. How "
            "many iterations are there in each epoch?",
        },
        exercise=1,
        answer=16,
        example="10",
        explanation={
            "es": r"$\lceil 1000 / 64 \rceil = \lceil 15{,}625 \rceil = 16$: 15 lotes de 64 y "
            "uno de 40, que también es una iteración.",
            "en": r"$\lceil 1000 / 64 \rceil = \lceil 15.625 \rceil = 16$: 15 batches of 64 and "
            "one of 40, which is an iteration too.",
        },
        hint={
            "es": "Una iteración es una actualización de los pesos con un lote: cuenta cuántos "
            "lotes hacen falta para pasar una vez por los 1000 ejemplos.",
            "en": "An iteration is one update of the weights with one batch: count how many "
            "batches it takes to go once through the 1000 examples.",
        },
        mistakes=(
            (
                15,
                {
                    "es": r"Te falta el último lote: $1000 = 15 \cdot 64 + 40$, y esos 40 "
                    "ejemplos también forman un lote.",
                    "en": r"You are missing the last batch: $1000 = 15 \cdot 64 + 40$, and "
                    "those 40 examples also make a batch.",
                },
            ),
            (
                15.625,
                {
                    "es": "Las iteraciones son un número entero: el lote incompleto del final "
                    r"cuenta como una más, así que se redondea hacia arriba, $\lceil n/B \rceil$.",
                    "en": "Iterations are a whole number: the incomplete batch at the end counts "
                    r"as one more, so round up, $\lceil n/B \rceil$.",
                },
            ),
            (
                1000,
                {
                    "es": "Eso son ejemplos, no iteraciones: cada iteración procesa un lote de 64.",
                    "en": "Those are examples, not iterations: each iteration processes a "
                    "batch of 64.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": r"Con $L(w) = (w - 3)^2$, $w = 1$ y $\eta = 0{,}1$, ¿cuánto vale $w$ tras un "
            "paso de descenso del gradiente?",
            "en": r"With $L(w) = (w - 3)^2$, $w = 1$ and $\eta = 0.1$, what is $w$ after one "
            "gradient-descent step?",
        },
        exercise=2,
        answer=1.4,
        tolerance=0.001,
        example="0.5",
        explanation={
            "es": r"$L'(w) = 2(w - 3)$, así que $L'(1) = -4$ y "
            r"$w \leftarrow 1 - 0{,}1 \cdot (-4) = 1{,}4$: el peso se acerca al mínimo, $w = 3$.",
            "en": r"$L'(w) = 2(w - 3)$, so $L'(1) = -4$ and "
            r"$w \leftarrow 1 - 0.1 \cdot (-4) = 1.4$: the weight moves towards the minimum, "
            r"$w = 3$.",
        },
        hint={
            "es": r"Deriva: $L'(w) = 2(w - 3)$. Después aplica "
            r"$w \leftarrow w - \eta\, L'(w)$, con su signo.",
            "en": r"Differentiate: $L'(w) = 2(w - 3)$. Then apply "
            r"$w \leftarrow w - \eta\, L'(w)$, sign included.",
        },
        mistakes=(
            (
                0.6,
                {
                    "es": r"Has sumado el gradiente: el descenso va en contra de él, "
                    r"$w - \eta\, L'(w)$, y con $L'(1) = -4$ el peso sube.",
                    "en": r"You added the gradient: descent goes against it, "
                    r"$w - \eta\, L'(w)$, and with $L'(1) = -4$ the weight goes up.",
                },
            ),
            (
                1.2,
                {
                    "es": r"La derivada de $(w - 3)^2$ es $2(w - 3)$: no olvides el 2, que da "
                    r"$L'(1) = -4$.",
                    "en": r"The derivative of $(w - 3)^2$ is $2(w - 3)$: do not forget the 2, "
                    r"which gives $L'(1) = -4$.",
                },
            ),
            (
                0.8,
                {
                    "es": r"Te falta el 2 de la derivada, $L'(w) = 2(w - 3)$, y además has "
                    "sumado el gradiente en lugar de restarlo.",
                    "en": r"The 2 of the derivative, $L'(w) = 2(w - 3)$, is missing, and you "
                    "also added the gradient instead of subtracting it.",
                },
            ),
            (
                3,
                {
                    "es": r"Ese es el mínimo, pero un paso solo avanza "
                    r"$\eta\,|L'(1)| = 0{,}1 \cdot 4$.",
                    "en": r"That is the minimum, but one step only moves "
                    r"$\eta\,|L'(1)| = 0.1 \cdot 4$.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": 'Un clasificador de 10 clases tiene la salida `Dense(10, activation="softmax")` '
            "y etiquetas *one-hot*. ¿Qué pérdida de Keras debe usar?",
            "en": 'A 10-class classifier has the output `Dense(10, activation="softmax")` and '
            "one-hot labels. Which Keras loss should it use?",
        },
        exercise=4,
        choices=(
            Choice(
                '`"sparse_categorical_crossentropy"`',
                value="sparse_categorical_crossentropy",
                why={
                    "es": "La variante *sparse* es para etiquetas enteras (0, 1, …, 9); con "
                    'etiquetas *one-hot* va `"categorical_crossentropy"`.',
                    "en": "The sparse variant is for integer labels (0, 1, …, 9); one-hot "
                    'labels take `"categorical_crossentropy"`.',
                },
            ),
            Choice(
                '`"binary_crossentropy"`',
                value="binary_crossentropy",
                why={
                    "es": "Con etiquetas *one-hot* Keras no protesta, pero la red optimiza otra "
                    "cosa: trata cada una de las 10 salidas como un problema sí/no "
                    "independiente, y eso no es la entropía cruzada categórica.",
                    "en": "With one-hot labels Keras does not complain, but the network "
                    "optimizes something else: it treats each of the 10 outputs as an "
                    "independent yes/no problem, and that is not the categorical cross-entropy.",
                },
            ),
            Choice(
                '`"mean_squared_error"`',
                value="mean_squared_error",
                why={
                    "es": "El MSE es la pérdida de la regresión con salida lineal; un "
                    "clasificador con softmax usa la entropía cruzada, que castiga mucho los "
                    "errores cometidos con seguridad.",
                    "en": "MSE is the loss for regression with a linear output; a softmax "
                    "classifier uses the cross-entropy, which punishes confident mistakes "
                    "hard.",
                },
            ),
            Choice(
                '`"categorical_crossentropy"`',
                correct=True,
                value="categorical_crossentropy",
                why={
                    "es": "Es la entropía cruzada categórica, la de una salida softmax con "
                    "etiquetas *one-hot*: la log-verosimilitud negativa media de la clase "
                    "correcta.",
                    "en": "It is the categorical cross-entropy, the loss for a softmax output "
                    "with one-hot labels: the mean negative log-likelihood of the correct "
                    "class.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "¿Qué afirmaciones sobre la retropropagación son ciertas?",
            "en": "Which statements about backpropagation are true?",
        },
        multiple=True,
        choices=(
            Choice(
                {
                    "es": "Calcula el gradiente de cada peso con diferencias finitas.",
                    "en": "It computes each weight's gradient with finite differences.",
                },
                why={
                    "es": "Las diferencias finitas sirven para comprobarla, como hace el "
                    "cuaderno, pero piden dos cálculos de la pérdida por cada peso: con muchos "
                    "pesos serían carísimas.",
                    "en": "Finite differences are for checking it, as the notebook does, but "
                    "they need two evaluations of the loss per weight: with many weights they "
                    "would be far too expensive.",
                },
            ),
            Choice(
                {
                    "es": "Aplica la regla de la cadena desde la salida hacia atrás y reutiliza "
                    "los valores guardados en la pasada hacia delante.",
                    "en": "It applies the chain rule from the output backwards and reuses the "
                    "values kept from the forward pass.",
                },
                correct=True,
                why={
                    "es": r"Cada derivada local es sencilla, y la regla de la cadena las "
                    r"multiplica: por ejemplo, $\partial L/\partial w_1 = \partial L/\partial h "
                    r"\cdot \partial h/\partial z_1 \cdot x$, con $h$ y $\partial L/\partial h$ "
                    "ya calculados.",
                    "en": r"Each local derivative is simple, and the chain rule multiplies "
                    r"them: for example, $\partial L/\partial w_1 = \partial L/\partial h "
                    r"\cdot \partial h/\partial z_1 \cdot x$, with $h$ and "
                    r"$\partial L/\partial h$ already computed.",
                },
            ),
            Choice(
                {
                    "es": "También actualiza los pesos.",
                    "en": "It also updates the weights.",
                },
                why={
                    "es": "La retropropagación solo calcula el gradiente; el paso "
                    r"$w \leftarrow w - \eta\, \partial L / \partial w$ lo da el descenso del "
                    "gradiente.",
                    "en": "Backpropagation only computes the gradient; the step "
                    r"$w \leftarrow w - \eta\, \partial L / \partial w$ is taken by gradient "
                    "descent.",
                },
            ),
            Choice(
                {
                    "es": "Calcular la pérdida y todos sus gradientes cuesta un múltiplo pequeño "
                    "y fijo de una pasada hacia delante, tenga la red los pesos que tenga.",
                    "en": "Computing the loss and all its gradients costs a small, fixed "
                    "multiple of a forward pass, however many weights the network has.",
                },
                correct=True,
                why={
                    "es": r"Cada $\Delta_l$ se obtiene del siguiente: menos de 6 veces una "
                    "pasada hacia delante, y en la práctica entre 2 y 3 (Baydin et al., 2018).",
                    "en": r"Each $\Delta_l$ is obtained from the next one: less than 6 times a "
                    "forward pass, and in practice 2 to 3 times (Baydin et al., 2018).",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "Con una salida sigmoide, ¿por qué se entrena con entropía cruzada binaria y "
            "no con MSE?",
            "en": "With a sigmoid output, why train with binary cross-entropy rather than MSE?",
        },
        choices=(
            Choice(
                {
                    "es": "Porque da valores más pequeños que el MSE, y así los pasos del "
                    "descenso son más estables.",
                    "en": "Because it gives smaller values than MSE, so the descent steps are "
                    "more stable.",
                },
                why={
                    "es": r"Al revés: si la clase real es 1 y la red da $p = 0{,}01$, la "
                    r"entropía cruzada vale $-\log 0{,}01 \approx 4{,}6$, mientras que el MSE no "
                    "pasaría de 1. Castiga mucho los errores cometidos con seguridad.",
                    "en": r"The other way round: if the true class is 1 and the network says "
                    r"$p = 0.01$, the cross-entropy is $-\log 0.01 \approx 4.6$, while the MSE "
                    "could not exceed 1. It punishes confident mistakes hard.",
                },
            ),
            Choice(
                {
                    "es": r"Porque su gradiente respecto a $z$ es $\hat{y} - y$, sin el factor "
                    r"$\sigma'(z)$ que frena al del MSE.",
                    "en": r"Because its gradient with respect to $z$ is $\hat{y} - y$, without "
                    r"the factor $\sigma'(z)$ that slows MSE's down.",
                },
                correct=True,
                why={
                    "es": r"Con el MSE, el gradiente lleva $\sigma'(z)$, casi 0 cuando $|z|$ es "
                    "grande: una neurona saturada y equivocada apenas aprendería.",
                    "en": r"With MSE, the gradient carries $\sigma'(z)$, almost 0 when $|z|$ is "
                    "large: a saturated neuron that is wrong would barely learn.",
                },
            ),
            Choice(
                {
                    "es": "Porque el MSE solo se puede calcular con una salida lineal, no con "
                    "probabilidades.",
                    "en": "Because MSE can only be computed on a linear output, not on "
                    "probabilities.",
                },
                why={
                    "es": r"Sí se puede: $(\hat{y} - y)^2$ tiene sentido para cualquier "
                    r"$\hat{y}$. El problema es su gradiente cuando la sigmoide se satura.",
                    "en": r"It can: $(\hat{y} - y)^2$ makes sense for any $\hat{y}$. The problem "
                    "is its gradient when the sigmoid saturates.",
                },
            ),
        ),
    ),
]
