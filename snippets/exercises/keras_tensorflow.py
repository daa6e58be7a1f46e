"""Exercises of lesson 2, Keras and TensorFlow: tensor shapes and parameter counts."""

from snippets.exercises import Spec, answer_form_error


def _as_shape(answer):
    try:
        return tuple(int(d) for d in answer)
    except TypeError:
        raise answer_form_error("shape", example="(2, 3)") from None


def _check_image_batch(answer):
    shape = _as_shape(answer)
    if shape == (16, 32, 32, 3):
        return None
    if shape == (16, 3, 32, 32):
        return {
            "es": "Esa es la convención channels first; Keras usa channels last.",
            "en": "That is the channels-first layout; Keras uses channels last.",
        }
    if len(shape) != 4:
        return {
            "es": f"Un lote de imágenes en color tiene rango 4; tu forma tiene {len(shape)} ejes.",
            "en": f"A batch of colour images has rank 4; your shape has {len(shape)} axes.",
        }
    return {
        "es": f"{shape} no es la forma de 16 imágenes de 32×32 con 3 canales.",
        "en": f"{shape} is not the shape of 16 images of 32×32 with 3 channels.",
    }


def _check_rank(answer):
    if answer == 3:
        return None
    return {
        "es": f"{answer} no es el número de ejes de una forma (32, 100, 8).",
        "en": f"{answer} is not the number of axes of a shape (32, 100, 8).",
    }


def _check_params(answer):
    if answer == 16:
        return None
    if answer == 12:
        return {
            "es": "Has contado los pesos, pero cada neurona tiene además su sesgo.",
            "en": "You counted the weights, but each neuron also has its own bias.",
        }
    return {
        "es": f"{answer} no es el número de parámetros de Dense(4) con 3 entradas.",
        "en": f"{answer} is not the parameter count of Dense(4) with 3 inputs.",
    }


EXERCISES = [
    Spec(
        check=_check_image_batch,
        hint={
            "es": "(lote, alto, ancho, canales); una imagen RGB tiene 3 canales.",
            "en": "(batch, height, width, channels); an RGB image has 3 channels.",
        },
        solution={"es": "answer_1 = (16, 32, 32, 3)", "en": "answer_1 = (16, 32, 32, 3)"},
        right=((16, 32, 32, 3), [16, 32, 32, 3]),
        wrong=((16, 3, 32, 32), (32, 32, 3), (16, 32, 32, 1)),
    ),
    Spec(
        check=_check_rank,
        hint={
            "es": "El rango es la longitud de la forma: len(shape).",
            "en": "The rank is the length of the shape: len(shape).",
        },
        solution={
            "es": "answer_2 = 3  # lote, pasos, características",
            "en": "answer_2 = 3  # batch, timesteps, features",
        },
        right=(3,),
        wrong=(2, 4, 32),
    ),
    Spec(
        check=_check_params,
        hint={
            "es": "Cada una de las 4 neuronas tiene 3 pesos y 1 sesgo.",
            "en": "Each of the 4 neurons has 3 weights and 1 bias.",
        },
        solution={
            "es": "answer_3 = 3 * 4 + 4  # pesos + sesgos = 16",
            "en": "answer_3 = 3 * 4 + 4  # weights + biases = 16",
        },
        right=(16,),
        wrong=(12, 4, 7),
    ),
]
