using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TenderBuilder.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InterfaceLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "InterfaceLanguage",
                table: "users",
                type: "TEXT",
                maxLength: 16,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "InterfaceLanguage",
                table: "users");
        }
    }
}
