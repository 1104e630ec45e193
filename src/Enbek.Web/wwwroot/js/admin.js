// Administrator's forms: offer only what fits the chosen kind, region or organisation. The server
// checks the same again, so without this script the forms still work and refuse what does not fit.
(function () {
  function each(selector, action) { Array.prototype.forEach.call(document.querySelectorAll(selector), action); }

  var kind = document.querySelector('#organisation-form #Kind');
  var lender = document.querySelector('[data-lender-only]');
  if (kind && lender) {
    var showLender = function () { lender.hidden = kind.value !== 'Lender'; };
    kind.addEventListener('change', showLender);
    showLender();
  }

  var region = document.querySelector('#organisation-form #RegionId');
  var district = document.querySelector('#organisation-form #DistrictId');
  if (region && district) {
    var filterDistricts = function () {
      each('#DistrictId optgroup', function (group) { group.hidden = region.value !== '' && group.dataset.region !== region.value; });
      var chosen = district.selectedOptions[0];
      if (chosen && chosen.dataset.region && region.value !== '' && chosen.dataset.region !== region.value) { district.value = ''; }
    };
    region.addEventListener('change', filterDistricts);
    filterDistricts();
  }

  var organisation = document.querySelector('#user-form #OrganisationId');
  if (organisation) {
    var filterRoles = function () {
      var option = organisation.selectedOptions[0];
      var organisationKind = option ? option.dataset.kind : undefined;
      each('#roles [data-kinds]', function (item) {
        var fits = !organisationKind || item.dataset.kinds.split(' ').indexOf(organisationKind) >= 0;
        item.hidden = !fits;
        if (!fits) { item.querySelector('input').checked = false; }
      });
    };
    organisation.addEventListener('change', filterRoles);
    filterRoles();
  }
})();
