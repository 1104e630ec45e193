// Kazakh letters for keyboards that lack them: a button inserts its letter into the last focused text field.
(function () {
  var last = null;
  document.addEventListener('focusin', function (e) {
    if (e.target.matches('input[type=text], input:not([type]), textarea')) { last = e.target; }
  });
  document.addEventListener('click', function (e) {
    var button = e.target.closest('[data-letter]');
    if (!button || !last) { return; }
    e.preventDefault();
    var start = last.selectionStart || last.value.length, end = last.selectionEnd || start;
    last.value = last.value.slice(0, start) + button.dataset.letter + last.value.slice(end);
    last.focus();
    last.setSelectionRange(start + 1, start + 1);
  });
})();

// IIN: when twelve digits with a right check digit are typed, the birth date and sex it holds fill in.
(function () {
  function checkDigit(d) {
    var w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], w2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
    var sum = function (w) { var s = 0; for (var i = 0; i < 11; i++) { s += d[i] * w[i]; } return s % 11; };
    var first = sum(w1);
    if (first !== 10) { return first; }
    var second = sum(w2);
    return second === 10 ? null : second;
  }
  function read(iin) {
    if (!/^[0-9]{12}$/.test(iin)) { return null; }
    var d = iin.split('').map(Number), c = d[6];
    if (c < 1 || c > 6 || checkDigit(d) !== d[11]) { return null; }
    var year = 1800 + Math.floor((c - 1) / 2) * 100 + d[0] * 10 + d[1], month = d[2] * 10 + d[3], day = d[4] * 10 + d[5];
    var date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) { return null; }
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    return { birthDate: year + '-' + pad(month) + '-' + pad(day), sex: c % 2 === 1 ? 'Male' : 'Female' };
  }
  document.addEventListener('input', function (e) {
    var input = e.target;
    if (!input.matches('[data-iin-fills]')) { return; }
    var facts = read(input.value.trim());
    if (!facts) { return; }
    var ids = input.dataset.iinFills.split(' ');
    document.getElementById(ids[0]).value = facts.birthDate;
    document.getElementById(ids[1]).value = facts.sex;
  });
})();

// Address: the region narrows the districts; the district loads its settlements.
(function () {
  function loadSettlements(district) {
    var target = document.getElementById(district.dataset.settlementsTarget);
    var selected = target.dataset.selected;
    target.length = 1;
    if (!district.value) { return; }
    fetch(district.dataset.settlementsUrl + '?districtId=' + encodeURIComponent(district.value), { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (list) {
        list.forEach(function (s) {
          var option = new Option(s.name + ' (' + s.kato + ')', s.id, false, String(s.id) === selected);
          target.add(option);
        });
      });
  }
  document.addEventListener('change', function (e) {
    var select = e.target;
    if (select.matches('[data-filters]')) {
      var districts = document.getElementById(select.dataset.filters);
      Array.prototype.forEach.call(districts.options, function (o) {
        if (o.value) { o.hidden = o.dataset.region !== select.value; }
      });
      if (districts.selectedOptions.length && districts.selectedOptions[0].hidden) { districts.value = ''; }
      loadSettlements(districts);
    }
    if (select.matches('[data-settlements-url]')) { loadSettlements(select); }
  });
  document.querySelectorAll('[data-settlements-url]').forEach(function (d) { if (d.value) { loadSettlements(d); } });
})();
