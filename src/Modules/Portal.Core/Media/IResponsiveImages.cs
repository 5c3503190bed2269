namespace Portal.Core.Media;

/// <summary>
/// Describes the stored sizes of an image by its URL, for the Markdown renderer's sanitizer to write <c>srcset</c>,
/// <c>sizes</c>, <c>width</c> and <c>height</c>. Markdown is rendered by a singleton, so an implementation is a singleton too.
/// </summary>
public interface IResponsiveImages
{
    /// <summary>Null when the URL is not an image this source stores.</summary>
    ResponsiveImage? Describe(string url);
}

/// <summary>The intrinsic size of the image the URL names, and the attribute values that offer its other sizes.</summary>
public sealed record ResponsiveImage(int Width, int Height, string SrcSet, string Sizes);
