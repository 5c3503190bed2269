using Portal.Core.Hosting;
using Portal.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortal(PortalModules.All());

var app = builder.Build();
app.UsePortal();
await app.SetupPortalAsync();
app.Run();

public partial class Program;
