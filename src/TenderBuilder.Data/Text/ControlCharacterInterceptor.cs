using Microsoft.EntityFrameworkCore;
using TenderBuilder.Core.Input;

namespace TenderBuilder.Data.Text;

/// <summary>
/// The last guard for text hygiene: removes control characters from every text property of every
/// row being saved. PostgreSQL refuses U+0000 in text and SQLite stores it, so without this the
/// same title would save on one database and fail on the other. The places where people type or
/// import text refuse or remove these characters first and say so; this only makes sure no path
/// that forgot can store them.
/// </summary>
internal sealed class ControlCharacterInterceptor : BeforeSaveInterceptor
{
    protected override void BeforeSave(DbContext context)
    {
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            foreach (var property in entry.Properties.Where(p => p.Metadata.ClrType == typeof(string)))
            {
                if (property.CurrentValue is string text && ControlCharacters.First(text) is not null)
                {
                    property.CurrentValue = ControlCharacters.Remove(text).Text;
                }
            }
        }
    }
}
