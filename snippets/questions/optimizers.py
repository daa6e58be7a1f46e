"""Questions of lesson 8, optimizers (the page's "Compruébalo")."""

from snippets.questions import Choice, Question

QUESTIONS = [
    Question(
        prompt={
            "es": r"Un peso vale $w = 1$, su velocidad $v = 0{,}2$ y el gradiente $g = 2$. Con "
            r"$\eta = 0{,}1$ y $\beta = 0{,}9$, ¿cuánto vale $w$ tras un paso con momento?",
            "en": r"A weight is $w = 1$, its velocity $v = 0.2$ and the gradient $g = 2$. With "
            r"$\eta = 0.1$ and $\beta = 0.9$, what is $w$ after one momentum step?",
        },
        exercise=1,
        answer=0.98,
        tolerance=0.001,
        example="0.5",
        explanation={
            "es": r"$v \leftarrow 0{,}9 \cdot 0{,}2 - 0{,}1 \cdot 2 = -0{,}02$ y "
            r"$w \leftarrow 1 + (-0{,}02) = 0{,}98$. Sin momento, el paso habría dado "
            r"$1 - 0{,}2 = 0{,}8$: la velocidad acumulada casi compensa el gradiente.",
            "en": r"$v \leftarrow 0.9 \cdot 0.2 - 0.1 \cdot 2 = -0.02$ and "
            r"$w \leftarrow 1 + (-0.02) = 0.98$. Without momentum, the step would have given "
            r"$1 - 0.2 = 0.8$: the accumulated velocity almost offsets the gradient.",
        },
        hint={
            "es": r"Primero la velocidad, $v \leftarrow \beta v - \eta g$; después el peso, "
            r"$w \leftarrow w + v$.",
            "en": r"First the velocity, $v \leftarrow \beta v - \eta g$; then the weight, "
            r"$w \leftarrow w + v$.",
        },
        mistakes=(
            (
                0.8,
                {
                    "es": r"Ese es el paso de SGD sin momento, $w - \eta g$: falta la velocidad "
                    r"anterior, $\beta v = 0{,}18$.",
                    "en": r"That is the plain SGD step, $w - \eta g$: the previous velocity, "
                    r"$\beta v = 0.18$, is missing.",
                },
            ),
            (
                -0.02,
                {
                    "es": r"$-0{,}02$ es la nueva velocidad $v$; el peso es $w + v$.",
                    "en": r"$-0.02$ is the new velocity $v$; the weight is $w + v$.",
                },
            ),
            (
                1.38,
                {
                    "es": r"El gradiente se resta: $v \leftarrow \beta v - \eta g$.",
                    "en": r"The gradient is subtracted: $v \leftarrow \beta v - \eta g$.",
                },
            ),
            (
                1,
                {
                    "es": "El peso sí cambia, aunque poco: la velocidad nueva no es cero.",
                    "en": "The weight does change, if only a little: the new velocity is not zero.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "En `keras.optimizers.SGD(learning_rate=0.01, momentum=0.9)`, ¿qué multiplica "
            "el 0,9 en cada paso?",
            "en": "In `keras.optimizers.SGD(learning_rate=0.01, momentum=0.9)`, what does the "
            "0.9 multiply at each step?",
        },
        choices=(
            Choice(
                {
                    "es": "El gradiente: es la tasa de aprendizaje del término de la velocidad.",
                    "en": "The gradient: it is the learning rate of the velocity term.",
                },
                why={
                    "es": "Es la confusión de algunas notas: la tasa de aprendizaje es la que "
                    r"multiplica al gradiente, aquí 0,01; el 0,9 es $\beta$, el *momentum*.",
                    "en": "That is the mix-up of some notes: the learning rate is the one that "
                    r"multiplies the gradient, here 0.01; the 0.9 is $\beta$, the momentum.",
                },
            ),
            Choice(
                {
                    "es": "La velocidad del paso anterior.",
                    "en": "The velocity of the previous step.",
                },
                correct=True,
                why={
                    "es": r"Keras calcula $\mathbf{v}_t = 0{,}9\,\mathbf{v}_{t-1} - "
                    r"0{,}01\,\mathbf{g}_t$ y $\mathbf{w}_t = \mathbf{w}_{t-1} + \mathbf{v}_t$: "
                    r"$\beta$ decide cuánto de la velocidad anterior se conserva.",
                    "en": r"Keras computes $\mathbf{v}_t = 0.9\,\mathbf{v}_{t-1} - "
                    r"0.01\,\mathbf{g}_t$ and $\mathbf{w}_t = \mathbf{w}_{t-1} + \mathbf{v}_t$: "
                    r"$\beta$ decides how much of the previous velocity is kept.",
                },
            ),
            Choice(
                {
                    "es": "La tasa de aprendizaje, que así baja un 10 % en cada paso.",
                    "en": "The learning rate, which thus drops by 10% at every step.",
                },
                why={
                    "es": "Eso lo haría una programación de la tasa de aprendizaje; con "
                    "`momentum=0.9` la tasa sigue siendo 0,01 en todos los pasos.",
                    "en": "That would be the job of a learning-rate schedule; with "
                    "`momentum=0.9` the rate stays 0.01 at every step.",
                },
            ),
            Choice(
                {"es": "El peso.", "en": "The weight."},
                why={
                    "es": r"La regla no multiplica el peso por nada: "
                    r"$\mathbf{w}_t = \mathbf{w}_{t-1} + \mathbf{v}_t$. El 0,9 actúa sobre la "
                    "velocidad.",
                    "en": r"The rule does not multiply the weight by anything: "
                    r"$\mathbf{w}_t = \mathbf{w}_{t-1} + \mathbf{v}_t$. The 0.9 acts on the "
                    "velocity.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": r"En el primer paso de Adam, un peso tiene gradiente $g = 50$ y "
            r"$\alpha = 0{,}001$. Despreciando $\epsilon$, ¿cuánto cambia el peso (con su signo)?",
            "en": r"At Adam's first step, a weight has gradient $g = 50$ and $\alpha = 0.001$. "
            r"Neglecting $\epsilon$, how much does the weight change (with its sign)?",
        },
        exercise=2,
        answer=-0.001,
        tolerance=1e-5,
        example="0.01",
        explanation={
            "es": r"$m_1 = 0{,}1 \cdot 50 = 5$ y $v_1 = 0{,}001 \cdot 2500 = 2{,}5$; tras "
            r"corregir el sesgo, $\hat{m}_1 = 5 / 0{,}1 = 50 = g$ y "
            r"$\hat{v}_1 = 2{,}5 / 0{,}001 = 2500 = g^2$. El cambio es "
            r"$-0{,}001 \cdot 50 / \sqrt{2500} = -0{,}001$: el primer paso mide $\alpha$, sea "
            r"cual sea $g$, siempre que $|g| \gg \epsilon$.",
            "en": r"$m_1 = 0.1 \cdot 50 = 5$ and $v_1 = 0.001 \cdot 2500 = 2.5$; after the bias "
            r"correction, $\hat{m}_1 = 5 / 0.1 = 50 = g$ and "
            r"$\hat{v}_1 = 2.5 / 0.001 = 2500 = g^2$. The change is "
            r"$-0.001 \cdot 50 / \sqrt{2500} = -0.001$: the first step is $\alpha$ long, "
            r"whatever $g$ is, as long as $|g| \gg \epsilon$.",
        },
        hint={
            "es": r"Con $t = 1$: $m_1 = (1 - \beta_1)\,g$ y $v_1 = (1 - \beta_2)\,g^2$, con "
            r"$\beta_1 = 0{,}9$ y $\beta_2 = 0{,}999$. Corrige el sesgo y calcula "
            r"$-\alpha\,\hat{m}_1 / \sqrt{\hat{v}_1}$.",
            "en": r"With $t = 1$: $m_1 = (1 - \beta_1)\,g$ and $v_1 = (1 - \beta_2)\,g^2$, with "
            r"$\beta_1 = 0.9$ and $\beta_2 = 0.999$. Correct the bias and compute "
            r"$-\alpha\,\hat{m}_1 / \sqrt{\hat{v}_1}$.",
        },
        mistakes=(
            (
                0.001,
                {
                    "es": r"El signo está al revés: Adam, como SGD, se mueve en contra del "
                    r"gradiente, y aquí $g > 0$.",
                    "en": r"The sign is the wrong way round: like SGD, Adam moves against the "
                    r"gradient, and here $g > 0$.",
                },
            ),
            (
                -0.05,
                {
                    "es": r"Ese sería el paso de SGD, $-\alpha g$. En Adam, $\hat{m}_1 = g$ y "
                    r"$\sqrt{\hat{v}_1} = |g|$, así que el tamaño del gradiente se cancela.",
                    "en": r"That would be SGD's step, $-\alpha g$. In Adam, $\hat{m}_1 = g$ and "
                    r"$\sqrt{\hat{v}_1} = |g|$, so the size of the gradient cancels out.",
                },
            ),
            (
                -0.0031623,
                {
                    "es": r"Has usado $m_1$ y $v_1$ sin corregir el sesgo, "
                    r"$5 / \sqrt{2{,}5} \approx 3{,}16$: divide $m_1$ por $1 - \beta_1$ y $v_1$ "
                    r"por $1 - \beta_2$.",
                    "en": r"You used $m_1$ and $v_1$ without the bias correction, "
                    r"$5 / \sqrt{2.5} \approx 3.16$: divide $m_1$ by $1 - \beta_1$ and $v_1$ by "
                    r"$1 - \beta_2$.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "¿Qué afirmaciones sobre los mínimos locales y el mínimo global son ciertas?",
            "en": "Which statements about local minima and the global minimum are true?",
        },
        multiple=True,
        choices=(
            Choice(
                {
                    "es": "Cuanto mayor es el coeficiente del momento, más fácil es llegar al "
                    "mínimo global.",
                    "en": "The larger the momentum coefficient, the easier it is to reach the "
                    "global minimum.",
                },
                why={
                    "es": r"Desde $(2;\ 1{,}5)$, $\beta = 0{,}8$ y $0{,}9$ llegan al global, "
                    r"pero $\beta = 0{,}95$ cruza el collado con tanta velocidad que vuelve a "
                    "cruzarlo de regreso y acaba en el local.",
                    "en": r"From $(2, 1.5)$, $\beta = 0.8$ and $0.9$ reach the global minimum, "
                    r"but $\beta = 0.95$ crosses the pass with so much speed that it crosses "
                    "back again and ends in the local one.",
                },
            ),
            Choice(
                {
                    "es": "El descenso del gradiente solo conoce la pendiente del punto donde "
                    "está, así que no distingue un mínimo local del global.",
                    "en": "Gradient descent only knows the slope where it stands, so it cannot "
                    "tell a local minimum from the global one.",
                },
                correct=True,
                why={
                    "es": r"Por eso SGD, desde $(2;\ 1{,}5)$, baja al mínimo más cercano, el "
                    "local: termina en el valle donde empieza.",
                    "en": r"That is why SGD, from $(2, 1.5)$, goes down to the nearest minimum, "
                    "the local one: it ends in the valley where it starts.",
                },
            ),
            Choice(
                {
                    "es": "Adam siempre llega a un mínimo mejor que SGD con momento.",
                    "en": "Adam always reaches a better minimum than SGD with momentum.",
                },
                why={
                    "es": r"En la superficie de la lección, con $\alpha = 0{,}1$, Adam se queda "
                    "en el valle local y el momento llega al global; y en muchos problemas SGD "
                    "con momento generaliza igual o mejor que Adam (Wilson et al., 2017).",
                    "en": r"On the lesson's surface, with $\alpha = 0.1$, Adam stays in the "
                    "local valley and momentum reaches the global minimum; and on many "
                    "problems SGD with momentum generalizes as well as or better than Adam "
                    "(Wilson et al., 2017).",
                },
            ),
            Choice(
                {
                    "es": "En una red real, con millones de pesos, el obstáculo más frecuente "
                    "son mínimos locales mucho peores que el global.",
                    "en": "In a real network, with millions of weights, the most frequent "
                    "obstacle is local minima much worse than the global one.",
                },
                why={
                    "es": "La mayoría de los mínimos locales que se encuentran tienen una "
                    "pérdida parecida a la del mejor; los obstáculos más frecuentes son las "
                    "mesetas casi planas y los puntos de silla (Goodfellow et al., 2016, "
                    "sección 8.2).",
                    "en": "Most of the local minima that are found have a loss close to the "
                    "best one; the more frequent obstacles are nearly flat plateaus and saddle "
                    "points (Goodfellow et al., 2016, section 8.2).",
                },
            ),
            Choice(
                {
                    "es": "Ningún optimizador garantiza llegar al mínimo global.",
                    "en": "No optimizer guarantees reaching the global minimum.",
                },
                correct=True,
                why={
                    "es": r"En la superficie de la lección, el resultado cambia con el punto "
                    r"de partida y los hiperparámetros: Adam se queda en el local con "
                    r"$\alpha = 0{,}1$ y llega al global con $\alpha = 0{,}3$.",
                    "en": r"On the lesson's surface, the outcome changes with the starting point "
                    r"and the hyperparameters: Adam stays in the local minimum with "
                    r"$\alpha = 0.1$ and reaches the global one with $\alpha = 0.3$.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "¿Qué tasa de aprendizaje da "
            "`ExponentialDecay(0.1, decay_steps=1000, decay_rate=0.5)` en el paso 3000?",
            "en": "What learning rate does "
            "`ExponentialDecay(0.1, decay_steps=1000, decay_rate=0.5)` give at step 3000?",
        },
        exercise=3,
        choices=(
            Choice(
                {"es": "0,05", "en": "0.05"},
                value=0.05,
                why={
                    "es": "Esa es la tasa en el paso 1000; en el 3000 ya se ha dividido por 2 "
                    "tres veces.",
                    "en": "That is the rate at step 1000; by step 3000 it has been halved three "
                    "times.",
                },
            ),
            Choice(
                {"es": "0,025", "en": "0.025"},
                value=0.025,
                why={
                    "es": "Esa es la tasa en el paso 2000; en el 3000 ya se ha dividido por 2 "
                    "tres veces.",
                    "en": "That is the rate at step 2000; by step 3000 it has been halved three "
                    "times.",
                },
            ),
            Choice(
                {"es": "0,0125", "en": "0.0125"},
                correct=True,
                value=0.0125,
                why={
                    "es": r"$0{,}1 \cdot 0{,}5^{3000/1000} = 0{,}1 \cdot 0{,}125 = 0{,}0125$: "
                    "en el paso 3000 la tasa se ha dividido por 2 tres veces.",
                    "en": r"$0.1 \cdot 0.5^{3000/1000} = 0.1 \cdot 0.125 = 0.0125$: by step "
                    "3000 the rate has been halved three times.",
                },
            ),
            Choice(
                {"es": "0,15", "en": "0.15"},
                value=0.15,
                why={
                    "es": r"El decaimiento es multiplicativo, $\eta_0\, r^{t/T}$: $r$ se eleva "
                    r"a $t/T = 3$, no se multiplica por 3.",
                    "en": r"The decay is multiplicative, $\eta_0\, r^{t/T}$: $r$ is raised to "
                    r"the power $t/T = 3$, not multiplied by 3.",
                },
            ),
        ),
    ),
]
