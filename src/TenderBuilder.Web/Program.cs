using TenderBuilder.Data;
using TenderBuilder.Web;

var builder = WebApplication.CreateBuilder(args);
WebApplication? app = null;
try
{
    builder.AddTenderBuilderData();
    builder.AddTenderBuilderWeb();
    app = builder.Build();
    await app.Services.InitializeDatabaseAsync();
    app.UseTenderBuilderWeb();
    await app.RunAsync();
    return 0;
}
catch (DatabaseStartupException e)
{
    StartupFailure.Report(app, e);
    return 1;
}

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
