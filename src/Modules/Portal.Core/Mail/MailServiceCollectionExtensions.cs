using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Core.Data;

namespace Portal.Core.Mail;

public static class MailServiceCollectionExtensions
{
    public static IServiceCollection AddPortalMail(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(MailOptions.Section);
        services.Configure<MailOptions>(section);
        var options = section.Get<MailOptions>() ?? new MailOptions();
        switch (options.Mode)
        {
            case "Smtp":
                if (string.IsNullOrWhiteSpace(options.SmtpHost))
                {
                    throw new InvalidOperationException($"邮件模式为 Smtp 时必须配置 {MailOptions.Section}:SmtpHost。");
                }

                services.AddSingleton<IMailSender, SmtpMailSender>();
                break;
            case "Pickup":
                var folder = string.IsNullOrWhiteSpace(options.PickupFolder)
                    ? Path.Combine(PortalPaths.DataFolder(configuration, environment), "mail-pickup")
                    : Path.GetFullPath(options.PickupFolder, environment.ContentRootPath);
                Directory.CreateDirectory(folder);
                services.AddSingleton(new PickupFolder(folder));
                services.AddSingleton<IMailSender, PickupFolderMailSender>();
                break;
            default:
                throw new InvalidOperationException($"邮件模式 “{options.Mode}” 不受支持，请填写 Pickup 或 Smtp。");
        }

        return services;
    }
}
