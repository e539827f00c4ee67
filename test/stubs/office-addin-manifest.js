// office-addin-mock imports this package only for the OfficeApp enum; its real dependency chain
// ends in an ESM-only module that jest cannot load (DESIGN §3).
module.exports = {
  OfficeApp: {
    Excel: 'Excel',
    OneNote: 'OneNote',
    Outlook: 'Outlook',
    PowerPoint: 'PowerPoint',
    Project: 'Project',
    Word: 'Word',
  },
};
