namespace Siamese.Lib.Data;

/// <summary>An (anchor, positive, negative) triple of image indices: anchor and positive share a class, the negative does not.</summary>
/// <param name="Anchor">Index of the anchor image.</param>
/// <param name="Positive">Index of another image of the anchor's class.</param>
/// <param name="Negative">Index of an image of another class.</param>
public readonly record struct ImageTriplet(int Anchor, int Positive, int Negative);
