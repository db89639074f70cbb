namespace Siamese.Display.Tests.Imaging;

/// <summary>One chunk of a PNG file as stored.</summary>
internal sealed record PngChunk(string Type, byte[] Data, uint StoredCrc);
