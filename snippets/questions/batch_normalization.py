"""Questions of lesson 11, batch normalization (the page's "Compruébalo")."""

from snippets.questions import Choice, Question

QUESTIONS = [
    Question(
        prompt={
            "es": "Una `moving_mean` empieza en 0 y la media de cada lote vale siempre 10. Con "
            "momento 0,99, ¿cuánto vale tras 100 pasos? (Con dos decimales.)",
            "en": "A `moving_mean` starts at 0 and every batch mean is exactly 10. With momentum "
            "0.99, what is it after 100 steps? (To two decimal places.)",
        },
        exercise=3,
        answer=6.34,
        tolerance=0.005,
        example="3.5",
        explanation={
            "es": "Cada paso hace $\\text{moving\\_mean} \\leftarrow 0{,}99 \\cdot "
            "\\text{moving\\_mean} + 0{,}01 \\cdot 10$: recorre un 1 % de lo que falta. Tras "
            "100 pasos queda un $0{,}99^{100} \\approx 0{,}366$ de la distancia inicial, así que "
            "vale $10\\,(1 - 0{,}99^{100}) \\approx 6{,}34$: aún falta más de un tercio del "
            "camino.",
            "en": "Each step does $\\text{moving\\_mean} \\leftarrow 0.99 \\cdot "
            "\\text{moving\\_mean} + 0.01 \\cdot 10$: it covers 1% of the remaining distance. "
            "After 100 steps $0.99^{100} \\approx 0.366$ of the initial distance is left, so it "
            "is $10\\,(1 - 0.99^{100}) \\approx 6.34$: over a third of the way is still left.",
        },
        hint={
            "es": "Tras $t$ pasos queda un $0{,}99^t$ de la distancia inicial a 10.",
            "en": "After $t$ steps, $0.99^t$ of the initial distance to 10 is left.",
        },
        mistakes=(
            (
                10,
                {
                    "es": "Con momento 0,99 cada paso solo recorre un 1 % de la distancia que "
                    "falta: aún no ha llegado a 10.",
                    "en": "With momentum 0.99 each step only covers 1% of the remaining "
                    "distance: it has not reached 10 yet.",
                },
            ),
            (
                3.66,
                {
                    "es": "Eso es lo que falta por recorrer, $10 \\cdot 0{,}99^{100}$; la media "
                    "móvil es 10 menos eso.",
                    "en": "That is the distance left, $10 \\cdot 0.99^{100}$; the moving mean is "
                    "10 minus that.",
                },
            ),
            (
                0.1,
                {
                    "es": "Ese es el valor tras un solo paso, $0{,}01 \\cdot 10$; la actualización "
                    "se repite cien veces.",
                    "en": "That is the value after a single step, $0.01 \\cdot 10$; the update is "
                    "repeated a hundred times.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "Una capa `keras.layers.BatchNormalization()` recibe 64 características. "
            "¿Cuántos parámetros entrenables y cuántos no entrenables tiene?",
            "en": "A `keras.layers.BatchNormalization()` layer receives 64 features. How many "
            "trainable and how many non-trainable parameters does it have?",
        },
        exercise=2,
        choices=(
            Choice(
                {
                    "es": "256 entrenables y ninguno no entrenable",
                    "en": "256 trainable and none non-trainable",
                },
                value=(256, 0),
                why={
                    "es": "`moving_mean` y `moving_variance` no se entrenan con el gradiente: se "
                    "actualizan con una media móvil en cada paso de entrenamiento.",
                    "en": "`moving_mean` and `moving_variance` are not trained by the gradient: "
                    "they are updated with a moving average at every training step.",
                },
            ),
            Choice(
                {
                    "es": "64 entrenables y 64 no entrenables",
                    "en": "64 trainable and 64 non-trainable",
                },
                value=(64, 64),
                why={
                    "es": "Son cuatro vectores, no dos: $\\gamma$, $\\beta$, `moving_mean` y "
                    "`moving_variance`, cada uno con un valor por característica.",
                    "en": "There are four vectors, not two: $\\gamma$, $\\beta$, `moving_mean` "
                    "and `moving_variance`, each with one value per feature.",
                },
            ),
            Choice(
                {
                    "es": "128 entrenables y ninguno no entrenable",
                    "en": "128 trainable and none non-trainable",
                },
                value=(128, 0),
                why={
                    "es": "Los entrenables están bien ($\\gamma$ y $\\beta$), pero la capa "
                    "guarda también `moving_mean` y `moving_variance`, que usa en inferencia.",
                    "en": "The trainable ones are right ($\\gamma$ and $\\beta$), but the layer "
                    "also keeps `moving_mean` and `moving_variance`, which it uses at inference.",
                },
            ),
            Choice(
                {
                    "es": "128 entrenables y 128 no entrenables",
                    "en": "128 trainable and 128 non-trainable",
                },
                correct=True,
                value=(128, 128),
                why={
                    "es": "Entrenables, $\\gamma$ y $\\beta$, 64 cada uno; no entrenables, "
                    "`moving_mean` y `moving_variance`, 64 cada uno.",
                    "en": "Trainable: $\\gamma$ and $\\beta$, 64 each; non-trainable: "
                    "`moving_mean` and `moving_variance`, 64 each.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "¿Qué es cierto de la capa `BatchNormalization` de Keras?",
            "en": "What is true of Keras's `BatchNormalization` layer?",
        },
        multiple=True,
        choices=(
            Choice(
                {
                    "es": "En inferencia (`training=False`) normaliza con `moving_mean` y "
                    "`moving_variance`, no con la media y la varianza del lote.",
                    "en": "At inference (`training=False`) it normalizes with `moving_mean` and "
                    "`moving_variance`, not with the batch's mean and variance.",
                },
                correct=True,
                why={
                    "es": "La predicción de una imagen no debe depender de qué otras imágenes la "
                    "acompañen, y a veces se predice una sola.",
                    "en": "The prediction for an image must not depend on which other images "
                    "come with it, and sometimes a single one is predicted.",
                },
            ),
            Choice(
                {
                    "es": "`moving_mean` y `moving_variance` se aprenden con el gradiente, como "
                    "$\\gamma$ y $\\beta$.",
                    "en": "`moving_mean` and `moving_variance` are learned by the gradient, like "
                    "$\\gamma$ and $\\beta$.",
                },
                why={
                    "es": "No se entrenan con el gradiente: se actualizan en cada paso de "
                    "entrenamiento con una media móvil exponencial de momento 0,99.",
                    "en": "They are not trained by the gradient: they are updated at every "
                    "training step with an exponential moving average of momentum 0.99.",
                },
            ),
            Choice(
                {
                    "es": "Con `trainable = False`, además de congelar $\\gamma$ y $\\beta$, "
                    "funciona en modo inferencia.",
                    "en": "With `trainable = False` it not only freezes $\\gamma$ and $\\beta$ "
                    "but also runs in inference mode.",
                },
                correct=True,
                why={
                    "es": "Es lo que se suele querer al hacer un ajuste fino de un modelo "
                    "preentrenado, y es una excepción: en las demás capas, `trainable` no cambia "
                    "el cálculo.",
                    "en": "That is usually what you want when fine-tuning a pre-trained model, "
                    "and it is an exception: in other layers, `trainable` does not change the "
                    "computation.",
                },
            ),
            Choice(
                {
                    "es": "Como $\\hat{x}$ tiene media 0 y varianza casi 1, la red ya no puede "
                    "recuperar otra escala.",
                    "en": "Since $\\hat{x}$ has mean 0 and variance almost 1, the network can no "
                    "longer recover another scale.",
                },
                why={
                    "es": "Para eso están $\\gamma$ y $\\beta$: con "
                    "$\\gamma = \\sqrt{\\sigma_B^2 + \\epsilon}$ y $\\beta = \\mu_B$ la capa "
                    "incluso deshace la normalización.",
                    "en": "That is what $\\gamma$ and $\\beta$ are for: with "
                    "$\\gamma = \\sqrt{\\sigma_B^2 + \\epsilon}$ and $\\beta = \\mu_B$ the layer "
                    "even undoes the normalization.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "En el cuaderno, la red de 8 capas sigmoides con BN tiene tras la primera "
            "época una pérdida de 1,282 y, aun así, una exactitud de validación de 0,103, la de "
            "adivinar al azar. ¿Por qué?",
            "en": "In the notebook, the network of 8 sigmoid layers with BN has a loss of 1.282 "
            "after the first epoch and yet a validation accuracy of 0.103, that of guessing at "
            "random. Why?",
        },
        choices=(
            Choice(
                {
                    "es": "La red todavía no ha aprendido nada.",
                    "en": "The network has not learned anything yet.",
                },
                why={
                    "es": "Su pérdida ya está muy por debajo de la de adivinar al azar "
                    "($\\ln 10 \\approx 2{,}30$), y evaluada con las estadísticas del propio lote "
                    "de validación acierta el 80,6 %.",
                    "en": "Its loss is already far below that of guessing at random "
                    "($\\ln 10 \\approx 2.30$), and evaluated with the validation batch's own "
                    "statistics it gets 80.6% right.",
                },
            ),
            Choice(
                {
                    "es": "Las medias móviles aún no se han asentado, y la validación se hace en "
                    "modo inferencia, con ellas.",
                    "en": "The moving averages have not settled yet, and validation runs in "
                    "inference mode, with them.",
                },
                correct=True,
                why={
                    "es": "Con 94 pasos por época queda un $0{,}99^{94} \\approx 39\\,\\%$ de sus "
                    "valores iniciales. Con `momentum=0.9` la misma época da 0,800, y con las "
                    "estadísticas del propio lote de validación, 0,806: la red ya había "
                    "aprendido.",
                    "en": "With 94 steps per epoch, $0.99^{94} \\approx 39\\%$ of their initial "
                    "values is still there. With `momentum=0.9` the same epoch gives 0.800, and "
                    "with the validation batch's own statistics, 0.806: the network had already "
                    "learned.",
                },
            ),
            Choice(
                {
                    "es": "Con 8 sigmoides apiladas, el gradiente que llega a las primeras capas "
                    "es diminuto.",
                    "en": "With 8 stacked sigmoids, the gradient that reaches the first layers is "
                    "tiny.",
                },
                why={
                    "es": "Eso le pasa a la red **sin** BN, que se queda en la pérdida de "
                    "adivinar al azar; con BN la pérdida baja desde la primera época.",
                    "en": "That is what happens to the network **without** BN, which stays at "
                    "the loss of guessing at random; with BN the loss falls from the first "
                    "epoch.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "En un lote, cada fila es un ejemplo y cada columna una característica. La BN "
            "deja a 0 la media de cada columna. ¿Y la normalización de capa "
            "(`keras.layers.LayerNormalization`)?",
            "en": "In a batch, each row is an example and each column a feature. BN sets the "
            "mean of each column to 0. What about layer normalization "
            "(`keras.layers.LayerNormalization`)?",
        },
        choices=(
            Choice(
                {
                    "es": "También la de cada columna, pero con medias móviles de momento más "
                    "bajo.",
                    "en": "That of each column too, but with moving averages of a lower momentum.",
                },
                why={
                    "es": "La normalización de capa no usa medias móviles ni estadísticas del "
                    "lote: cada ejemplo se normaliza solo.",
                    "en": "Layer normalization uses no moving averages and no batch statistics: "
                    "each example is normalized on its own.",
                },
            ),
            Choice(
                {
                    "es": "La de todo el lote a la vez, con una sola media y una sola varianza.",
                    "en": "That of the whole batch at once, with a single mean and a single "
                    "variance.",
                },
                why={
                    "es": "Normaliza cada ejemplo por separado, con la media y la varianza de sus "
                    "propias características; así no depende del lote.",
                    "en": "It normalizes each example separately, with the mean and variance of "
                    "its own features; that way it does not depend on the batch.",
                },
            ),
            Choice(
                {
                    "es": "Deja a 0 la media de cada fila: normaliza cada ejemplo con sus "
                    "propias características.",
                    "en": "It sets the mean of each row to 0: it normalizes each example with "
                    "its own features.",
                },
                correct=True,
                why={
                    "es": "Hace las mismas cuentas sobre el otro eje, así que no depende del lote "
                    "ni usa medias móviles: funciona igual en entrenamiento y en inferencia.",
                    "en": "It does the same arithmetic over the other axis, so it does not "
                    "depend on the batch and uses no moving averages: it works the same in "
                    "training and at inference.",
                },
            ),
        ),
    ),
]
