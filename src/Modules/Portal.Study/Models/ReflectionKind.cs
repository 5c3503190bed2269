namespace Portal.Study.Models;

public enum ReflectionKind
{
    Reflection,
    Excerpt,
}
