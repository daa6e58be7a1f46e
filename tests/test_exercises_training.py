"""Lesson 9's initializer exercise: the hint for Glorot matches what the lesson measures."""

import pytest

from snippets.exercises import Exercise
from snippets.exercises.training import EXERCISES

INITIALIZER = 4  # the exercise that asks for the kernel_initializer of a deep ReLU network


@pytest.mark.parametrize(
    ("lang", "sigmoid", "factor"), [("es", "sigmoide", "~0,7"), ("en", "sigmoid", "~0.7")]
)
def test_glorot_feedback_does_not_recommend_it_for_sigmoid(lang, sigmoid, factor):
    """Glorot and Bengio (2010) derived it for tanh and linear layers; the lesson measures a
    sigmoid + Glorot network losing its gradient, so the hint must not pair Glorot with it."""
    exercise = Exercise(INITIALIZER, EXERCISES[INITIALIZER - 1], lang)
    message, passed = exercise.feedback("glorot_uniform")
    assert passed is False
    assert "tanh" in message and sigmoid not in message
    assert factor in message  # ReLU + Glorot: the backward signal is multiplied by ~0.7 per layer
