// The ceiling on this machine: Kestrel serving one page's bytes from memory, no middleware, no logging.
// Usage: dotnet Baseline.dll <page.html> --urls http://127.0.0.1:5094
var page = await File.ReadAllBytesAsync(args[0]);
var builder = WebApplication.CreateSlimBuilder(args.Skip(1).ToArray());
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
var app = builder.Build();
app.MapGet("/", () => Results.Bytes(page, "text/html; charset=utf-8"));
app.Run();
