using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TenderBuilder.Data;

/// <summary>
/// A rule applied to the tracked rows of every save, synchronous or not, before anything is
/// written: the one place both of EF Core's hooks are overridden.
/// </summary>
internal abstract class BeforeSaveInterceptor : SaveChangesInterceptor
{
    public sealed override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            BeforeSave(context);
        }

        return result;
    }

    public sealed override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            BeforeSave(context);
        }

        return ValueTask.FromResult(result);
    }

    /// <summary>Checks or changes the rows about to be saved; throws to refuse the save.</summary>
    protected abstract void BeforeSave(DbContext context);
}
