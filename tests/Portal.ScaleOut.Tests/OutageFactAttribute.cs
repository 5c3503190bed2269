namespace Portal.ScaleOut.Tests;

/// <summary>A test that stops a server under the portal: skipped, saying why, when no private server can be run here.</summary>
public sealed class OutageFactAttribute : FactAttribute
{
    public OutageFactAttribute()
    {
        if (PrivateServers.Missing() is { } reason)
        {
            Skip = reason;
        }
    }
}
