"""Exercises of lesson 9, training: steps per epoch, overfitting, early stopping, initializer."""

import math

from snippets.exercises import Spec, answer_form_error

# The forms of answer this lesson asks for (see answer_form_error).
_MESSAGES = {
    "es": {
        "letter": 'Responde con una letra: "A", "B" o "C".',
    },
    "en": {
        "letter": 'Answer with one letter: "A", "B" or "C".',
    },
}


def _as_number(answer):
    try:
        value = float(answer)
    except (TypeError, ValueError):
        raise answer_form_error("number", example="10") from None
    if math.isnan(value):
        raise answer_form_error("number", example="10")
    return value


def _check_steps(answer):
    value = _as_number(answer)
    if value == 375:
        return None
    if value in (469, 468.75):
        return {
            "es": "Esas son las cuentas con las 60 000 imágenes: validation_split=0.2 aparta "
            "12 000 para validar, que no se usan para entrenar.",
            "en": "That is the count for all 60,000 images: validation_split=0.2 holds out "
            "12,000 for validation, which are not used for training.",
        }
    if value == 94:
        return {
            "es": "Esos son los lotes de validación; la pregunta es por los de entrenamiento.",
            "en": "Those are the validation batches; the question is about the training ones.",
        }
    if value in (48_000, 60_000):
        return {
            "es": "Eso son ejemplos, no pasos: cada paso procesa un lote de 128.",
            "en": "Those are examples, not steps: each step processes a batch of 128.",
        }
    return {
        "es": f"{answer} no es ⌈(60 000 · 0,8) / 128⌉.",
        "en": f"{answer} is not ⌈(60,000 · 0.8) / 128⌉.",
    }


def _as_letter(answer):
    if not isinstance(answer, str) or answer.strip().upper() not in ("A", "B", "C"):
        raise answer_form_error("letter", _MESSAGES)
    return answer.strip().upper()


def _check_overfitting(answer):
    letter = _as_letter(answer)
    if letter == "B":
        return None
    if letter == "A":
        return {
            "es": "En A las dos pérdidas bajan juntas: todavía está aprendiendo. Busca una "
            "validación que suba mientras el entrenamiento baja.",
            "en": "In A both losses go down together: it is still learning. Look for a "
            "validation loss that rises while the training loss falls.",
        }
    return {
        "es": "En C las dos pérdidas están altas, juntas y casi planas: eso es infraajuste.",
        "en": "In C both losses are high, close together and almost flat: that is underfitting.",
    }


def _check_early_stopping(answer):
    value = _as_number(answer)
    if value == 3:
        return None
    if value == 5:
        return {
            "es": "En la época 5 se detiene (dos épocas sin mejorar), pero restore_best_weights "
            "recupera los pesos de la mejor.",
            "en": "Training stops at epoch 5 (two epochs without improvement), but "
            "restore_best_weights brings back the weights of the best one.",
        }
    if value == 6:
        return {
            "es": "Con patience=2 no llega a la época 6, y además se restauran los mejores pesos.",
            "en": "With patience=2 it never reaches epoch 6, and the best weights are restored "
            "anyway.",
        }
    if value == 2:
        return {
            "es": "Keras cuenta desde 0 internamente (best_epoch = 2), pero la pregunta cuenta "
            "desde 1.",
            "en": "Keras counts from 0 internally (best_epoch = 2), but the question counts "
            "from 1.",
        }
    return {
        "es": f"La época {answer} no es la de menor pérdida de validación en B.",
        "en": f"Epoch {answer} is not the one with the lowest validation loss in B.",
    }


_HE = {"he_normal", "he_uniform", "henormal", "heuniform"}


def _check_initializer(answer):
    if not isinstance(answer, str):
        name = type(answer).__name__.lower()  # an initializer object, e.g. HeNormal()
    else:
        name = answer.strip().lower().replace("keras.initializers.", "")
    if name in _HE:
        return None
    if name.startswith("glorot") or name.startswith("xavier"):
        return {
            "es": "Glorot (el valor por defecto) está pensado para tanh y capas lineales; con "
            "ReLU la señal se multiplica por ~0,7 en cada capa.",
            "en": "Glorot (the default) is meant for tanh and linear layers; with ReLU the "
            "signal is multiplied by ~0.7 at every layer.",
        }
    if name in ("zeros", "ones", "constant"):
        return {
            "es": "Con pesos iguales, todas las neuronas de la capa calculan lo mismo y "
            "reciben el mismo gradiente: nunca se diferencian.",
            "en": "With equal weights, all the neurons of the layer compute the same thing and "
            "receive the same gradient: they never become different.",
        }
    if name.startswith("lecun"):
        return {
            "es": "LeCun (σ² = 1/n_in) es la que se usa con SELU; a ReLU le falta el factor 2.",
            "en": "LeCun (σ² = 1/n_in) is the one used with SELU; ReLU needs the factor of 2.",
        }
    return {
        "es": f"{answer!r} no escala los pesos con σ² = 2/n_in, lo que necesita ReLU.",
        "en": f"{answer!r} does not scale the weights with σ² = 2/n_in, which ReLU needs.",
    }


EXERCISES = [
    Spec(
        check=_check_steps,
        hint={
            "es": "Primero cuántas imágenes quedan para entrenar (80 %), después ⌈n / B⌉.",
            "en": "First how many images are left for training (80%), then ⌈n / B⌉.",
        },
        solution={
            "es": "answer_1 = math.ceil(60_000 * 0.8 / 128)  # 48 000 / 128 = 375 exactos",
            "en": "answer_1 = math.ceil(60_000 * 0.8 / 128)  # 48,000 / 128 = exactly 375",
        },
        right=(375, 375.0),
        wrong=(469, 94, 48_000, 374),
    ),
    Spec(
        check=_check_overfitting,
        hint={
            "es": "El sobreajuste separa las curvas: entrenamiento abajo, validación arriba.",
            "en": "Overfitting pulls the curves apart: training down, validation up.",
        },
        solution={
            "es": 'answer_2 = "B"  # la validación mejora hasta la época 3 y luego empeora; '
            "A aún aprende, C infraajusta",
            "en": 'answer_2 = "B"  # validation improves up to epoch 3 and then gets worse; '
            "A is still learning, C underfits",
        },
        right=("B", "b", " B "),
        wrong=("A", "C", "c"),
    ),
    Spec(
        check=_check_early_stopping,
        hint={
            "es": "Busca la época con menor val_loss en B; restore_best_weights vuelve a ella.",
            "en": "Find the epoch with the lowest val_loss in B; restore_best_weights goes back "
            "to it.",
        },
        solution={
            "es": "answer_3 = 3  # val_loss mínima (0,68); las épocas 4 y 5 no mejoran, se "
            "detiene tras la 5 y restaura la 3",
            "en": "answer_3 = 3  # lowest val_loss (0.68); epochs 4 and 5 do not improve, it "
            "stops after 5 and restores 3",
        },
        right=(3, 3.0),
        wrong=(5, 6, 2, 1),
    ),
    Spec(
        check=_check_initializer,
        hint={
            "es": "La de He et al. (2015): varianza 2/n_in, para compensar que ReLU anula la "
            "mitad de la señal.",
            "en": "He et al.'s (2015): variance 2/n_in, to make up for ReLU zeroing half of the "
            "signal.",
        },
        solution={
            "es": 'answer_4 = "he_normal"  # o "he_uniform"',
            "en": 'answer_4 = "he_normal"  # or "he_uniform"',
        },
        right=("he_normal", "he_uniform", "HeNormal", type("HeNormal", (), {})()),
        wrong=(
            "glorot_uniform",
            "zeros",
            "lecun_normal",
            "random_normal",
            type("GlorotUniform", (), {})(),
        ),
    ),
]
