using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TenderBuilder.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BuyerProfile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "buyer_profile_json",
                table: "organisations",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "buyer_profile_json",
                table: "organisations");
        }
    }
}
