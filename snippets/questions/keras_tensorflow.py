"""Questions of lesson 2, Keras and TensorFlow (the page's "Compruébalo")."""

from snippets.questions import Choice, Question

QUESTIONS = [
    Question(
        prompt={
            "es": "¿Qué forma tiene en Keras un lote de 16 imágenes RGB de 32 × 32 píxeles?",
            "en": "In Keras, what is the shape of a batch of 16 RGB images of 32 × 32 pixels?",
        },
        exercise=1,
        choices=(
            Choice(
                "`(16, 3, 32, 32)`",
                value=(16, 3, 32, 32),
                why={
                    "es": "Esos son los canales delante (*channels-first*); Keras los pone por "
                    "defecto al final.",
                    "en": "That puts the channels first (*channels-first*); by default Keras "
                    "puts them last.",
                },
            ),
            Choice(
                "`(32, 32, 3)`",
                value=(32, 32, 3),
                why={
                    "es": "Esa es la forma de una sola imagen: falta el primer eje, el del "
                    "lote, que cuenta las 16 imágenes.",
                    "en": "That is the shape of a single image: the first axis, the batch one, "
                    "which counts the 16 images, is missing.",
                },
            ),
            Choice(
                "`(16, 32, 32, 3)`",
                correct=True,
                value=(16, 32, 32, 3),
                why={
                    "es": "Rango 4, en el orden `(lote, alto, ancho, canales)`: Keras pone por "
                    "defecto los canales al final (*channels-last*).",
                    "en": "Rank 4, in the order `(batch, height, width, channels)`: by default "
                    "Keras puts the channels last (*channels-last*).",
                },
            ),
            Choice(
                "`(16, 32, 32, 1)`",
                value=(16, 32, 32, 1),
                why={
                    "es": "Un solo canal corresponde a una imagen en escala de grises; una imagen "
                    "RGB tiene 3 canales: rojo, verde y azul.",
                    "en": "One channel means a greyscale image; an RGB image has 3 channels: "
                    "red, green and blue.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "¿Qué rango tiene un lote de series temporales de forma `(32, 100, 8)`?",
            "en": "What is the rank of a batch of time series shaped `(32, 100, 8)`?",
        },
        exercise=2,
        answer=3,
        example="2",
        explanation={
            "es": "El rango es el número de ejes, la longitud de la forma: lote, pasos y "
            "características, 3.",
            "en": "The rank is the number of axes, the length of the shape: batch, timesteps "
            "and features, 3.",
        },
        hint={
            "es": "El rango no es el tamaño de ningún eje: cuenta cuántos ejes hay.",
            "en": "The rank is not the size of any axis: it counts how many axes there are.",
        },
        mistakes=(
            (
                32,
                {
                    "es": "32 es la longitud del primer eje, el lote (32 series); el rango "
                    "cuenta los ejes.",
                    "en": "32 is the length of the first axis, the batch (32 series); the rank "
                    "counts the axes.",
                },
            ),
            (
                25_600,
                {
                    "es": "Esos son los números que guarda el tensor, $32 \\cdot 100 \\cdot 8$; "
                    "el rango es solo cuántos ejes tiene.",
                    "en": "That is how many numbers the tensor holds, $32 \\cdot 100 \\cdot 8$; "
                    "the rank is just how many axes it has.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "¿Cuáles de estas afirmaciones sobre Keras 3 son ciertas?",
            "en": "Which of these statements about Keras 3 are true?",
        },
        multiple=True,
        choices=(
            Choice(
                {
                    "es": "Si no encuentra ni la variable ni `keras.json`, usa JAX.",
                    "en": "If it finds neither the variable nor `keras.json`, it uses JAX.",
                },
                why={
                    "es": "Sin ninguna de las dos, el motor por defecto es TensorFlow.",
                    "en": "With neither, the default backend is TensorFlow.",
                },
            ),
            Choice(
                {
                    "es": "El mismo modelo se ejecuta sobre TensorFlow, JAX o PyTorch.",
                    "en": "The same model runs on TensorFlow, JAX or PyTorch.",
                },
                correct=True,
                why={
                    "es": "Keras 3 es multimotor: describe el modelo y el motor hace los cálculos.",
                    "en": "Keras 3 is multi-backend: it describes the model and the backend does "
                    "the computing.",
                },
            ),
            Choice(
                {
                    "es": "Desde TensorFlow 2.16, `tf.keras` sigue siendo el Keras 2 clásico.",
                    "en": "Since TensorFlow 2.16, `tf.keras` is still the classic Keras 2.",
                },
                why={
                    "es": "`tf.keras` apunta ahora a Keras 3; el Keras 2 clásico está aparte, "
                    "en el paquete `tf_keras`.",
                    "en": "`tf.keras` now points to Keras 3; the classic Keras 2 lives apart, in "
                    "the `tf_keras` package.",
                },
            ),
            Choice(
                {
                    "es": "El motor se elige con la variable de entorno `KERAS_BACKEND`, fijada "
                    "antes del primer `import keras`.",
                    "en": "The backend is chosen with the `KERAS_BACKEND` environment variable, "
                    "set before the first `import keras`.",
                },
                correct=True,
                why={
                    "es": "Keras lee el motor al importarse; la variable manda sobre "
                    "`~/.keras/keras.json`.",
                    "en": "Keras reads the backend when it is imported; the variable takes "
                    "precedence over `~/.keras/keras.json`.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "En el «hola, mundo», una neurona entrenada 500 épocas con SGD "
            "($\\eta = 0{,}01$) sobre seis puntos exactos de $y = 2x - 1$ predice unos 18,99 "
            "para $x = 10$, no 19. ¿Por qué?",
            "en": 'In the "hello, world", a neuron trained for 500 epochs with SGD '
            "($\\eta = 0.01$) on six exact points of $y = 2x - 1$ predicts about 18.99 for "
            "$x = 10$, not 19. Why?",
        },
        choices=(
            Choice(
                {
                    "es": "Seis puntos son muy pocos datos para que la red aprenda la recta "
                    "exacta.",
                    "en": "Six points are too little data for the network to learn the exact line.",
                },
                why={
                    "es": "Los puntos no tienen ruido, así que la pérdida tiene su mínimo "
                    "exactamente en $w = 2$, $b = -1$: no faltan datos, faltan pasos.",
                    "en": "The points have no noise, so the loss has its minimum exactly at "
                    "$w = 2$, $b = -1$: it is not data that is missing, but steps.",
                },
            ),
            Choice(
                {
                    "es": "La tasa de aprendizaje es demasiado grande y el optimizador oscila "
                    "alrededor del mínimo.",
                    "en": "The learning rate is too large and the optimizer oscillates around "
                    "the minimum.",
                },
                why={
                    "es": "Es al revés: converge con cualquier $\\eta < 0{,}177$, y con "
                    "$\\eta = 0{,}1$ llega a $w = 2$, $b = -1$. Con 0,01 los pasos son cortos "
                    "y se acerca despacio.",
                    "en": "It is the other way round: it converges for any $\\eta < 0.177$, and "
                    "with $\\eta = 0.1$ it reaches $w = 2$, $b = -1$. With 0.01 the steps are "
                    "short and it approaches slowly.",
                },
            ),
            Choice(
                {
                    "es": "Una sola neurona `Dense` no puede representar exactamente una recta.",
                    "en": "A single `Dense` neuron cannot represent a line exactly.",
                },
                why={
                    "es": "Calcula $\\hat{y} = w\\,x + b$, que con $w = 2$ y $b = -1$ es "
                    "exactamente la recta.",
                    "en": "It computes $\\hat{y} = w\\,x + b$, which with $w = 2$ and $b = -1$ "
                    "is exactly the line.",
                },
            ),
            Choice(
                {
                    "es": "Le faltan pasos: en la dirección más plana de la pérdida, el error "
                    "solo baja un 1 % por paso.",
                    "en": "It needs more steps: along the flattest direction of the loss, the "
                    "error shrinks by only 1% per step.",
                },
                correct=True,
                why={
                    "es": "El mínimo está justo en $w = 2$, $b = -1$, pero tras 500 pasos queda "
                    "un 0,6 % del error inicial en esa dirección, casi la de $b$. Con más "
                    "épocas se acercaría más.",
                    "en": "The minimum is exactly at $w = 2$, $b = -1$, but after 500 steps "
                    "0.6% of the initial error is left along that direction, almost that of "
                    "$b$. More epochs would bring it closer.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "¿Qué pasa en Keras 3 al escribir `keras.optimizers.SGD(lr=0.01)`?",
            "en": "What happens in Keras 3 when you write `keras.optimizers.SGD(lr=0.01)`?",
        },
        choices=(
            Choice(
                {
                    "es": "Funciona igual: `lr` es un alias de `learning_rate`.",
                    "en": "It works the same: `lr` is an alias of `learning_rate`.",
                },
                why={
                    "es": "Lo era en Keras 2; Keras 3 no lo acepta y lanza un `ValueError`.",
                    "en": "It was in Keras 2; Keras 3 does not accept it and raises a "
                    "`ValueError`.",
                },
            ),
            Choice(
                {
                    "es": "Keras lanza un `ValueError`: el argumento se llama `learning_rate`.",
                    "en": "Keras raises a `ValueError`: the argument is called `learning_rate`.",
                },
                correct=True,
                why={
                    "es": "`lr` era el nombre de Keras 2 y ya no se reconoce; se escribe "
                    "`keras.optimizers.SGD(learning_rate=0.01)`.",
                    "en": "`lr` was the Keras 2 name and is no longer recognized; write "
                    "`keras.optimizers.SGD(learning_rate=0.01)`.",
                },
            ),
            Choice(
                {
                    "es": "Keras ignora `lr` sin avisar y entrena con la tasa por defecto.",
                    "en": "Keras silently ignores `lr` and trains with the default rate.",
                },
                why={
                    "es": "No lo ignora: un argumento que no reconoce es un `ValueError`, y el "
                    "error aparece al crear el optimizador.",
                    "en": "It does not ignore it: an argument it does not recognize is a "
                    "`ValueError`, raised when the optimizer is created.",
                },
            ),
        ),
    ),
]
