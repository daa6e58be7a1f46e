"""Questions of lesson 13, generative adversarial networks (the page's "Compruébalo")."""

from snippets.questions import Choice, Question

QUESTIONS = [
    Question(
        prompt={
            "es": "Si el generador reproduce exactamente la distribución de los datos "
            "($p_g = p_{\\text{datos}}$), ¿qué probabilidad devuelve el discriminador óptimo "
            "$D^*(\\mathbf{x})$ para cualquier imagen?",
            "en": "If the generator reproduces the data distribution exactly "
            "($p_g = p_{\\text{data}}$), what probability does the optimal discriminator "
            "$D^*(\\mathbf{x})$ return for any image?",
        },
        exercise=1,
        answer=0.5,
        example="0.25",
        explanation={
            "es": "Sustituyendo en $D^* = p_{\\text{datos}} / (p_{\\text{datos}} + p_g)$ queda "
            "$p / 2p = 1/2$: reales y falsas son igual de probables y el discriminador solo "
            "puede adivinar.",
            "en": "Substituting in $D^* = p_{\\text{data}} / (p_{\\text{data}} + p_g)$ gives "
            "$p / 2p = 1/2$: real and fake are equally likely and the discriminator can do no "
            "better than toss a coin.",
        },
        hint={
            "es": "Sustituye $p_g = p_{\\text{datos}}$ en "
            "$D^* = p_{\\text{datos}} / (p_{\\text{datos}} + p_g)$.",
            "en": "Substitute $p_g = p_{\\text{data}}$ in "
            "$D^* = p_{\\text{data}} / (p_{\\text{data}} + p_g)$.",
        },
        mistakes=(
            (
                0,
                {
                    "es": "Si $p_g = p_{\\text{datos}}$, una imagen falsa y una real son igual de "
                    "probables: el discriminador no puede estar seguro de que sea falsa.",
                    "en": "If $p_g = p_{\\text{data}}$, a fake and a real image are equally "
                    "likely: the discriminator cannot be sure it is fake.",
                },
            ),
            (
                1,
                {
                    "es": "Si $p_g = p_{\\text{datos}}$, una imagen falsa y una real son igual de "
                    "probables: el discriminador no puede estar seguro de que sea real.",
                    "en": "If $p_g = p_{\\text{data}}$, a fake and a real image are equally "
                    "likely: the discriminator cannot be sure it is real.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "Al principio del entrenamiento el discriminador rechaza sin dificultad las "
            "imágenes del generador: $D(G(\\mathbf{z})) \\approx 0$. ¿Por qué el generador "
            "minimiza $-\\log D(G(\\mathbf{z}))$ en lugar de $\\log(1 - D(G(\\mathbf{z})))$?",
            "en": "Early in training the discriminator easily rejects the generator's images: "
            "$D(G(\\mathbf{z})) \\approx 0$. Why does the generator minimize "
            "$-\\log D(G(\\mathbf{z}))$ instead of $\\log(1 - D(G(\\mathbf{z})))$?",
        },
        choices=(
            Choice(
                {
                    "es": "Porque su óptimo es otro, más cerca de $p_{\\text{datos}}$.",
                    "en": "Because its optimum is a different one, closer to $p_{\\text{data}}$.",
                },
                why={
                    "es": "El equilibrio es el mismo, $p_g = p_{\\text{datos}}$; lo que cambia es "
                    "cuánto gradiente recibe el generador cuando aún es malo.",
                    "en": "The equilibrium is the same, $p_g = p_{\\text{data}}$; what changes is "
                    "how much gradient the generator gets while it is still bad.",
                },
            ),
            Choice(
                {
                    "es": "Tiene el mismo equilibrio, pero ahí su gradiente respecto al logit es "
                    "de casi −1, en vez de casi 0.",
                    "en": "It has the same equilibrium, but there its gradient with respect to "
                    "the logit is close to −1 instead of close to 0.",
                },
                correct=True,
                why={
                    "es": "Con $D = \\sigma(a)$, $\\partial \\log(1 - D)/\\partial a = -D "
                    "\\approx 0$ y $\\partial L_G/\\partial a = -(1 - D) \\approx -1$. En el "
                    "cuaderno, con $D(G(\\mathbf{z})) = 0{,}001$: $-0{,}001$ frente a "
                    "$-0{,}999$.",
                    "en": "With $D = \\sigma(a)$, $\\partial \\log(1 - D)/\\partial a = -D "
                    "\\approx 0$ and $\\partial L_G/\\partial a = -(1 - D) \\approx -1$. In the "
                    "notebook, with $D(G(\\mathbf{z})) = 0.001$: $-0.001$ against $-0.999$.",
                },
            ),
            Choice(
                {
                    "es": "Porque $\\log(1 - D(G(\\mathbf{z})))$ no está definido cuando "
                    "$D(G(\\mathbf{z})) \\approx 0$.",
                    "en": "Because $\\log(1 - D(G(\\mathbf{z})))$ is undefined when "
                    "$D(G(\\mathbf{z})) \\approx 0$.",
                },
                why={
                    "es": "Está definido (vale casi $\\log 1 = 0$); el problema es que ahí es casi "
                    "plano y el generador no recibe señal.",
                    "en": "It is defined (it is close to $\\log 1 = 0$); the trouble is that it is "
                    "almost flat there and the generator gets no signal.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "Las imágenes reales se han escalado a $[-1, 1]$. ¿Qué activación debe llevar "
            "la última capa del generador?",
            "en": "The real images have been scaled to $[-1, 1]$. Which activation should the "
            "generator's last layer have?",
        },
        exercise=3,
        choices=(
            Choice(
                "`sigmoid`",
                value="sigmoid",
                why={
                    "es": "La sigmoide da valores entre 0 y 1: el generador nunca podría "
                    "producir el fondo, que vale $-1$.",
                    "en": "The sigmoid gives values between 0 and 1: the generator could never "
                    "produce the background, which is $-1$.",
                },
            ),
            Choice(
                "`relu`",
                value="relu",
                why={
                    "es": "ReLU no está acotada (sus salidas pueden pasar de 1) y no da negativos.",
                    "en": "ReLU is unbounded (its outputs can exceed 1) and gives no negatives.",
                },
            ),
            Choice(
                {"es": "Ninguna (salida lineal)", "en": "None (a linear output)"},
                value="linear",
                why={
                    "es": "Sin activación la salida no está acotada al intervalo de los píxeles.",
                    "en": "With no activation the output is not bounded to the pixels' interval.",
                },
            ),
            Choice(
                "`tanh`",
                correct=True,
                value="tanh",
                why={
                    "es": "Su recorrido es $(-1, 1)$, el de los píxeles; es la salida que usa "
                    "DCGAN.",
                    "en": "Its range is $(-1, 1)$, that of the pixels; it is the output DCGAN "
                    "uses.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "Con el clasificador del cuaderno, casi todas las imágenes de un generador "
            "tienen una probabilidad máxima de al menos 0,9. ¿Qué fallos puede tener aun así?",
            "en": "With the notebook's classifier, almost all of a generator's images have a top "
            "probability of at least 0.9. Which failures can it still have?",
        },
        multiple=True,
        choices=(
            Choice(
                {
                    "es": "Colapso de modos: dibuja casi siempre la misma imagen.",
                    "en": "Mode collapse: it almost always draws the same image.",
                },
                correct=True,
                why={
                    "es": "En el cuaderno, una imagen repetida 500 veces pasa el listón de "
                    "confianza; la delata el equilibrio de clases, que vale 0.",
                    "en": "In the notebook, one image repeated 500 times passes the confidence "
                    "bar; the class balance, which is 0, gives it away.",
                },
            ),
            Choice(
                {
                    "es": "Ruido: sus imágenes son ruido uniforme.",
                    "en": "Noise: its images are uniform noise.",
                },
                why={
                    "es": "Con este clasificador convolucional, el ruido uniforme casi nunca "
                    "llega a 0,9 (el cuaderno exige que esa fracción no pase de 0,1); el MLP de "
                    "la práctica de Fashion-MNIST, en cambio, sí le daría al menos 0,9 a casi "
                    "todo ese ruido.",
                    "en": "With this convolutional classifier, uniform noise almost never reaches "
                    "0.9 (the notebook requires that fraction to be at most 0.1); the MLP of the "
                    "Fashion-MNIST lab, on the other hand, would give nearly all of that noise "
                    "at least 0.9.",
                },
            ),
            Choice(
                {
                    "es": "Memorización: devuelve copias de sus imágenes de entrenamiento.",
                    "en": "Memorization: it returns copies of its training images.",
                },
                correct=True,
                why={
                    "es": "Las copias sacan la confianza y el equilibrio de las imágenes reales; "
                    "solo la distancia a la imagen de entrenamiento más cercana las delata.",
                    "en": "Copies get the confidence and balance of real images; only the "
                    "distance to the nearest training image gives them away.",
                },
            ),
            Choice(
                {
                    "es": "Colapso dentro de una clase: todos sus pantalones son iguales.",
                    "en": "Collapse within a class: all its trousers are alike.",
                },
                correct=True,
                why={
                    "es": "Se escapa a las tres medidas del cuaderno: para eso sigue haciendo "
                    "falta mirar las muestras.",
                    "en": "It escapes the notebook's three measures: for that you still have to "
                    "look at the samples.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "Tras entrenar una GAN, $L_D \\approx 1{,}386$ y $L_G \\approx 0{,}693$, los "
            "valores del equilibrio. ¿Qué prueba eso?",
            "en": "After training a GAN, $L_D \\approx 1.386$ and $L_G \\approx 0.693$, the "
            "equilibrium values. What does that prove?",
        },
        choices=(
            Choice(
                {
                    "es": "Que el generador ya reproduce la distribución de los datos.",
                    "en": "That the generator now reproduces the data distribution.",
                },
                why={
                    "es": "Esos valores son necesarios en el óptimo, pero no suficientes: también "
                    "los da un discriminador que responde siempre 0,5.",
                    "en": "Those values hold at the optimum, but they are not enough: a "
                    "discriminator that always answers 0.5 gives them too.",
                },
            ),
            Choice(
                {
                    "es": "Que el entrenamiento ha fallado: las pérdidas deberían bajar hasta 0.",
                    "en": "That training has failed: the losses should go down to 0.",
                },
                why={
                    "es": "Las pérdidas de una GAN no bajan hasta cero: cada red es el «conjunto "
                    "de datos» de la otra.",
                    "en": "A GAN's losses do not go down to zero: each network is the other's "
                    '"data set".',
                },
            ),
            Choice(
                {
                    "es": "Nada por sí solo: un discriminador que no ha aprendido nada da los "
                    "mismos números.",
                    "en": "Nothing on its own: a discriminator that has learned nothing gives the "
                    "same numbers.",
                },
                correct=True,
                why={
                    "es": "Si el discriminador responde siempre 0,5, las pérdidas valen "
                    "$2 \\ln 2$ y $\\ln 2$ sea cual sea el generador. Hay que mirar muestras de "
                    "un ruido fijo y medir.",
                    "en": "If the discriminator always answers 0.5, the losses are $2 \\ln 2$ and "
                    "$\\ln 2$ whatever the generator. You have to look at samples from a fixed "
                    "noise, and measure.",
                },
            ),
        ),
    ),
]
