using Siamese.Lib.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace Siamese.Lib.Losses;

/// <summary>Input checks shared by the losses: shape errors name both shapes, label errors name the convention.</summary>
internal static class LossChecks
{
    /// <summary>Throws unless <paramref name="t"/> is one-dimensional (one value per pair).</summary>
    public static void Vector(Tensor t, string name, string what)
    {
        if (t.ndim != 1)
        {
            throw new ArgumentException($"{name} must be a vector [batch] of {what}; got shape {Shape(t)}.", name);
        }
    }

    /// <summary>Throws unless both tensors have exactly the same shape.</summary>
    public static void SameShape(Tensor a, Tensor b, string nameA, string nameB)
    {
        if (!a.shape.SequenceEqual(b.shape))
        {
            throw new ArgumentException($"{nameA} has shape {Shape(a)} but {nameB} has shape {Shape(b)}; they must match (one value per pair).");
        }
    }

    /// <summary>Throws unless the batch is non-empty.</summary>
    public static void NonEmpty(Tensor t, string name)
    {
        if (t.numel() == 0)
        {
            throw new ArgumentException($"{name} is empty: a loss over zero pairs is undefined.", name);
        }
    }

    /// <summary>
    /// Throws unless every label is exactly 0 or 1. Reads one boolean back from the device, so the
    /// losses only call it when their <c>ValidateLabels</c> option is on.
    /// </summary>
    public static void BinaryLabels(Tensor labels, PairLabelConvention convention, string name)
    {
        using var scope = NewDisposeScope();
        var bad = labels.ne(0).logical_and(labels.ne(1)).any().item<bool>();
        if (bad)
        {
            var meaning = convention == PairLabelConvention.SimilarIsZero ? "0 = similar, 1 = dissimilar" : "1 = similar, 0 = dissimilar";
            throw new ArgumentException(
                $"{name} must hold only 0 and 1 under the {convention} convention ({meaning}); found another value. " +
                "Regression scores (e.g. SICK's 1–5) need the MSE loss instead.", name);
        }
    }

    /// <summary>The checks every per-pair loss makes: <paramref name="values"/> a non-empty [batch] vector, <paramref name="targets"/> the same shape.</summary>
    public static void PairBatch(Tensor values, Tensor targets, string valuesName, string targetsName, string what)
    {
        Vector(values, valuesName, what);
        SameShape(values, targets, valuesName, targetsName);
        NonEmpty(values, valuesName);
    }

    /// <summary>Throws unless <paramref name="embeddings"/> is [B, D] and <paramref name="classes"/> is [B] (the in-batch losses).</summary>
    public static void EmbeddingBatch(Tensor embeddings, Tensor classes)
    {
        if (embeddings.ndim != 2 || classes.ndim != 1 || classes.shape[0] != embeddings.shape[0])
        {
            throw new ArgumentException($"Expected embeddings [B, D] and classes [B]; got {Shape(embeddings)} and {Shape(classes)}.");
        }
    }

    /// <summary>A shape as "[2, 3]".</summary>
    public static string Shape(Tensor t) => "[" + string.Join(", ", t.shape) + "]";
}
