"""Questions of lesson 9, training and evaluation (the page's "Compruébalo")."""

from snippets.questions import Choice, Question

QUESTIONS = [
    Question(
        prompt={
            "es": "Entrenas con las 60 000 imágenes de entrenamiento de Fashion-MNIST, "
            "`validation_split=0.2` y `batch_size=128`. ¿Cuántos pasos da cada época?",
            "en": "You train on the 60,000 Fashion-MNIST training images with "
            "`validation_split=0.2` and `batch_size=128`. How many steps does each epoch take?",
        },
        exercise=1,
        answer=375,
        example="10",
        explanation={
            "es": "`validation_split=0.2` aparta 12 000 imágenes para validar; quedan "
            r"$60\,000 \cdot 0{,}8 = 48\,000$ para entrenar, y "
            r"$\lceil 48\,000 / 128 \rceil = 375$ pasos exactos.",
            "en": "`validation_split=0.2` holds out 12,000 images for validation; "
            r"$60{,}000 \cdot 0.8 = 48{,}000$ are left for training, and "
            r"$\lceil 48{,}000 / 128 \rceil = 375$ steps exactly.",
        },
        hint={
            "es": r"Primero cuántas imágenes quedan para entrenar (el 80 %), después "
            r"$\lceil n / B \rceil$.",
            "en": r"First how many images are left for training (80%), then "
            r"$\lceil n / B \rceil$.",
        },
        mistakes=(
            (
                469,
                {
                    "es": "Esa es la cuenta con las 60 000 imágenes: `validation_split=0.2` "
                    "aparta 12 000 para validar, y con esas no se entrena.",
                    "en": "That is the count for all 60,000 images: `validation_split=0.2` "
                    "holds out 12,000 for validation, which are not trained on.",
                },
            ),
            (
                468.75,
                {
                    "es": "Has dividido las 60 000 imágenes, pero 12 000 se apartan para "
                    "validar; y los pasos son un número entero.",
                    "en": "You divided all 60,000 images, but 12,000 are held out for "
                    "validation; and steps are a whole number.",
                },
            ),
            (
                94,
                {
                    "es": "Esos son los lotes de validación, $\\lceil 12\\,000 / 128 \\rceil$; "
                    "la pregunta es por los de entrenamiento.",
                    "en": "Those are the validation batches, $\\lceil 12{,}000 / 128 \\rceil$; "
                    "the question is about the training ones.",
                },
            ),
            (
                48_000,
                {
                    "es": "Eso son ejemplos, no pasos: cada paso procesa un lote de 128.",
                    "en": "Those are examples, not steps: each step processes a batch of 128.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "Estas son las pérdidas de tres entrenamientos, de la época 1 a la 6. ¿Cuál "
            "sobreajusta?",
            "en": "These are the losses of three training runs, from epoch 1 to 6. Which one "
            "overfits?",
        },
        exercise=2,
        choices=(
            Choice(
                {
                    "es": "Entrenamiento: 1,20; 0,95; 0,80; 0,71; 0,66; 0,62. Validación: "
                    "1,22; 0,98; 0,84; 0,76; 0,72; 0,69.",
                    "en": "Training: 1.20, 0.95, 0.80, 0.71, 0.66, 0.62. Validation: 1.22, "
                    "0.98, 0.84, 0.76, 0.72, 0.69.",
                },
                value="A",
                why={
                    "es": "Las dos pérdidas bajan juntas: todavía está aprendiendo. El "
                    "sobreajuste se ve cuando la validación sube mientras el entrenamiento "
                    "baja.",
                    "en": "Both losses go down together: it is still learning. Overfitting shows "
                    "when the validation loss rises while the training loss falls.",
                },
            ),
            Choice(
                {
                    "es": "Entrenamiento: 0,90; 0,55; 0,35; 0,20; 0,11; 0,06. Validación: "
                    "0,85; 0,70; 0,68; 0,74; 0,85; 0,97.",
                    "en": "Training: 0.90, 0.55, 0.35, 0.20, 0.11, 0.06. Validation: 0.85, "
                    "0.70, 0.68, 0.74, 0.85, 0.97.",
                },
                correct=True,
                value="B",
                why={
                    "es": "Su pérdida de validación mejora hasta la época 3 (0,68) y después "
                    "sube mientras la de entrenamiento sigue bajando: memoriza detalles de sus "
                    "ejemplos que no sirven para otros.",
                    "en": "Its validation loss improves up to epoch 3 (0.68) and then rises "
                    "while the training loss keeps falling: it memorizes details of its "
                    "examples that do not carry over to others.",
                },
            ),
            Choice(
                {
                    "es": "Entrenamiento: 2,10; 2,05; 2,03; 2,02; 2,02; 2,01. Validación: "
                    "2,11; 2,06; 2,04; 2,03; 2,03; 2,02.",
                    "en": "Training: 2.10, 2.05, 2.03, 2.02, 2.02, 2.01. Validation: 2.11, "
                    "2.06, 2.04, 2.03, 2.03, 2.02.",
                },
                value="C",
                why={
                    "es": "Las dos pérdidas están altas, juntas y casi planas: es infraajuste, "
                    "no sobreajuste.",
                    "en": "Both losses are high, close together and almost flat: that is "
                    "underfitting, not overfitting.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "Un entrenamiento tiene estas pérdidas de validación, de la época 1 a la 6: "
            "0,85; 0,70; 0,68; 0,74; 0,85; 0,97. Si se hubiera lanzado con "
            '`EarlyStopping(monitor="val_loss", patience=2, restore_best_weights=True)`, '
            "¿de qué época serían los pesos finales?",
            "en": "A training run has these validation losses, from epoch 1 to 6: 0.85, 0.70, "
            "0.68, 0.74, 0.85, 0.97. Had it been launched with "
            '`EarlyStopping(monitor="val_loss", patience=2, restore_best_weights=True)`, '
            "which epoch would the final weights come from?",
        },
        exercise=3,
        answer=3,
        example="10",
        explanation={
            "es": "De la época 3, la de menor pérdida de validación (0,68). Las épocas 4 y 5 no "
            "mejoran, así que se detiene tras la 5 y restaura los pesos de la 3.",
            "en": "Epoch 3, the one with the lowest validation loss (0.68). Epochs 4 and 5 do "
            "not improve, so it stops after epoch 5 and restores the weights of epoch 3.",
        },
        hint={
            "es": "Busca la época con menor `val_loss`: al parar, `restore_best_weights=True` "
            "vuelve a ella.",
            "en": "Find the epoch with the lowest `val_loss`: when it stops, "
            "`restore_best_weights=True` goes back to it.",
        },
        mistakes=(
            (
                5,
                {
                    "es": "En la época 5 se detiene, tras dos épocas sin mejorar, pero "
                    "`restore_best_weights=True` recupera los pesos de la mejor.",
                    "en": "Training stops at epoch 5, after two epochs without improvement, but "
                    "`restore_best_weights=True` brings back the weights of the best one.",
                },
            ),
            (
                6,
                {
                    "es": "Con `patience=2` no llega a la época 6: se detiene tras la 5, la "
                    "segunda sin mejorar. Y, al parar, se restauran los mejores pesos.",
                    "en": "With `patience=2` it never reaches epoch 6: it stops after epoch 5, "
                    "the second without improvement. And when it stops, the best weights are "
                    "restored.",
                },
            ),
            (
                2,
                {
                    "es": "La época 2 (0,70) no es la mejor: en la 3 la pérdida de validación "
                    "baja aún a 0,68.",
                    "en": "Epoch 2 (0.70) is not the best: at epoch 3 the validation loss goes "
                    "down further, to 0.68.",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": "¿Qué `kernel_initializer` de Keras corresponde a una red profunda de capas "
            "ReLU?",
            "en": "Which Keras `kernel_initializer` suits a deep network of ReLU layers?",
        },
        exercise=4,
        choices=(
            Choice(
                {
                    "es": '`"glorot_uniform"`, la de por defecto en `Dense`',
                    "en": '`"glorot_uniform"`, the default of `Dense`',
                },
                value="glorot_uniform",
                why={
                    "es": r"Glorot está pensada para tanh y capas lineales; con ReLU la señal "
                    r"se multiplica por $\approx 0{,}71$ en cada capa (0,69 en el cuaderno), y "
                    "tras muchas capas se desvanece.",
                    "en": r"Glorot is meant for tanh and linear layers; with ReLU the signal is "
                    r"multiplied by $\approx 0.71$ at every layer (0.69 in the notebook), and "
                    "after many layers it vanishes.",
                },
            ),
            Choice(
                '`"zeros"`',
                value="zeros",
                why={
                    "es": "Con todos los pesos a cero, las neuronas de una capa son idénticas y "
                    "reciben el mismo gradiente: nunca se diferencian.",
                    "en": "With every weight at zero, the neurons of a layer are identical and "
                    "receive the same gradient: they never become different.",
                },
            ),
            Choice(
                '`"he_normal"`',
                correct=True,
                value="he_normal",
                why={
                    "es": r"Varianza $2/n_\text{in}$ (He et al., 2015): el factor 2 compensa que "
                    "ReLU anula la mitad de sus entradas, y la señal se conserva de capa en "
                    "capa (1,04 por capa en el cuaderno).",
                    "en": r"Variance $2/n_\text{in}$ (He et al., 2015): the factor 2 makes up "
                    "for ReLU zeroing half of its inputs, and the signal is preserved from "
                    "layer to layer (1.04 per layer in the notebook).",
                },
            ),
        ),
    ),
    Question(
        prompt={
            "es": r"Una red de 10 capas ocultas ReLU de 64 neuronas se inicializa con pesos "
            r"$\mathcal{N}(0, 1)$, y una sola época de SGD convierte su pérdida en `nan`. ¿Qué "
            "afirmaciones son ciertas?",
            "en": r"A network with 10 hidden ReLU layers of 64 neurons is initialized with "
            r"$\mathcal{N}(0, 1)$ weights, and a single epoch of SGD turns its loss into `nan`. "
            "Which statements are true?",
        },
        multiple=True,
        choices=(
            Choice(
                {
                    "es": "Cada capa multiplica la señal hacia atrás por más de 5: el gradiente "
                    "explota.",
                    "en": "Each layer multiplies the backward signal by more than 5: the "
                    "gradient explodes.",
                },
                correct=True,
                why={
                    "es": r"Con $n = 64$ y $\sigma^2 = 1$, el factor $\sqrt{n\sigma^2/2} = "
                    r"\sqrt{32} \approx 5{,}66$ (5,83 medido en el cuaderno): la señal llega a "
                    "la primera capa millones de veces más fuerte que a la última.",
                    "en": r"With $n = 64$ and $\sigma^2 = 1$, the factor $\sqrt{n\sigma^2/2} = "
                    r"\sqrt{32} \approx 5.66$ (5.83 measured in the notebook): the signal "
                    "reaches the first layer millions of times stronger than the last.",
                },
            ),
            Choice(
                {
                    "es": "Le pasa lo mismo que a la red de sigmoides: el gradiente de las "
                    "primeras capas se desvanece.",
                    "en": "The same happens as with the sigmoid network: the gradient of the "
                    "first layers vanishes.",
                },
                why={
                    "es": "Al revés: aquí cada factor es mayor que 1 y el gradiente explota. Se "
                    "desvanece en la red de sigmoides, con factores de 0,24 por capa.",
                    "en": "The other way round: here each factor is larger than 1 and the "
                    "gradient explodes. It vanishes in the sigmoid network, with factors of "
                    "0.24 per layer.",
                },
            ),
            Choice(
                {
                    "es": '`kernel_initializer="he_normal"` conserva la señal de capa en capa.',
                    "en": '`kernel_initializer="he_normal"` preserves the signal from layer to '
                    "layer.",
                },
                correct=True,
                why={
                    "es": r"Con varianza $2/n_\text{in} = 2/64$, el factor es "
                    r"$\sqrt{64 \cdot (2/64) / 2} = 1$; en el cuaderno, 1,04 por capa.",
                    "en": r"With variance $2/n_\text{in} = 2/64$, the factor is "
                    r"$\sqrt{64 \cdot (2/64) / 2} = 1$; in the notebook, 1.04 per layer.",
                },
            ),
            Choice(
                {
                    "es": "`global_clipnorm=1.0` evita el `nan`, pero no arregla la red: la "
                    "pérdida sigue siendo enorme.",
                    "en": "`global_clipnorm=1.0` prevents the `nan`, but does not fix the "
                    "network: the loss stays huge.",
                },
                correct=True,
                why={
                    "es": "El recorte reescala el gradiente hasta el umbral cuando su norma lo "
                    "pasa, pero los pesos siguen siendo demasiado grandes: hay que cambiar la "
                    "inicialización.",
                    "en": "Clipping rescales the gradient down to the threshold when its norm "
                    "exceeds it, but the weights are still far too large: the initialization "
                    "has to change.",
                },
            ),
            Choice(
                {
                    "es": "`clipnorm=1.0` haría lo mismo que `global_clipnorm=1.0`.",
                    "en": "`clipnorm=1.0` would do the same as `global_clipnorm=1.0`.",
                },
                why={
                    "es": "`global_clipnorm` mide la norma del gradiente de todos los pesos "
                    "juntos, como Pascanu et al. (2013); `clipnorm` recorta por separado el "
                    "gradiente de cada variable, sea una matriz de pesos o un vector de sesgos.",
                    "en": "`global_clipnorm` takes the norm of the gradient of all the weights "
                    "together, as Pascanu et al. (2013) do; `clipnorm` clips the gradient of "
                    "each variable, be it a weight matrix or a bias vector, separately.",
                },
            ),
        ),
    ),
]
