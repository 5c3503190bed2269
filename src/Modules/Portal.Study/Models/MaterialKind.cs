namespace Portal.Study.Models;

public enum MaterialKind
{
    Text,
    File,
    Link,
}
