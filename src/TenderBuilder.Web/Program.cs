using TenderBuilder.Data;
using TenderBuilder.Web;
using TenderBuilder.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
WebApplication? app = null;
try
{
    builder.AddTenderBuilderData();
    builder.AddTenderBuilderWeb();
    app = builder.Build();
    await app.Services.InitializeDatabaseAsync();
    if (OperatorCommands.MigrateOnly(args))
    {
        // For operators: migrate (and seed the roles) as a deployment step, then stop.
        return 0;
    }

    await app.Services.GetRequiredService<TenderBuilder.Web.Features.Accounts.FirstAdministrator>().InitializeAsync();
    app.UseTenderBuilderWeb();
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (e is DatabaseStartupException or StartupConfigurationException)
{
    StartupFailure.Report(app, e);
    return 1;
}
finally
{
    // Disposing the app flushes the console log, which writes from a queue: a run that stops at
    // once (--migrate-only) could otherwise end before its lines are written.
    if (app is not null)
    {
        await app.DisposeAsync();
    }
}

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
