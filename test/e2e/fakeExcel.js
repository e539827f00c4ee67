/*
 * A recording fake of Office.js for the browser test, served in place of
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js. It keeps a small workbook model
 * (sheets with cells and custom properties, tables, the selection) so reads return real data, and
 * records every write and call as plain JSON in window.__fake.log for the test to assert on.
 *
 * It behaves like Office.js where the add-in could get it wrong: operations are queued and run
 * only at context.sync(); properties can be read only after load() + sync() (else it throws
 * PropertyNotLoaded); getItem of a missing sheet makes the sync reject with ItemNotFound;
 * *OrNullObject gives isNullObject; Excel.run syncs once more at the end if work is still queued.
 * Anything it does not model (formats, charts, conditional formats…) is accepted and recorded.
 *
 * Seed (window.__fakeExcelSeed, set by the test before this script runs):
 *   { displayLanguage, sheets: [{ name, data: [[...]] at A1, props: { key: value } }],
 *     tables: [{ name, sheet, address }], selection: { sheet, address }, failSync: n, failAfterAdd }
 * failSync makes the n-th context.sync() (1-based, counted over the page's life) reject;
 * failAfterAdd makes the first sync that adds a sheet run its operations, then reject.
 */
(function () {
  'use strict';
  var seed = window.__fakeExcelSeed || {};
  var log = { ops: [], syncs: 0, implicitSyncs: 0, runs: 0, runSyncs: {} };

  // ---- workbook model --------------------------------------------------------------------------
  function colIndex(letters) {
    var n = 0;
    for (var i = 0; i < letters.length; i++) n = n * 26 + (letters.toUpperCase().charCodeAt(i) - 64);
    return n - 1;
  }
  function colLetters(c) {
    var s = '';
    for (c = c + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
    return s;
  }
  /** 'A1:K301', '$A$1', 'C:C' → {row, col, rows, cols}; whole columns are 1 048 576 rows. */
  function parseLocal(local) {
    var m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(local);
    if (m) {
      var r1 = +m[2] - 1,
        c1 = colIndex(m[1]);
      var r2 = m[4] ? +m[4] - 1 : r1,
        c2 = m[3] ? colIndex(m[3]) : c1;
      return { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
    }
    var c = /^\$?([A-Z]{1,3})(?::\$?([A-Z]{1,3}))?$/i.exec(local);
    if (c) {
      var a = colIndex(c[1]),
        b = c[2] ? colIndex(c[2]) : a;
      return { row: 0, col: Math.min(a, b), rows: 1048576, cols: Math.abs(b - a) + 1 };
    }
    throw officeError('InvalidArgument', 'Bad address: ' + local);
  }
  function localOf(r) {
    var start = colLetters(r.col) + (r.row + 1);
    return r.rows === 1 && r.cols === 1 ? start : start + ':' + colLetters(r.col + r.cols - 1) + (r.row + r.rows);
  }
  function qualified(sheetName, r) {
    var name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) ? sheetName : "'" + sheetName.replace(/'/g, "''") + "'";
    return name + '!' + localOf(r);
  }
  function officeError(code, message) {
    var e = new Error(message);
    e.name = 'RichApi.Error';
    e.code = code;
    return e;
  }

  var model = { sheets: [], tables: [], active: null, selection: null };
  function newSheet(name) {
    return { name: name, cells: {}, props: {}, visible: true };
  }
  function findSheet(name) {
    var k = String(name).toLocaleUpperCase();
    for (var i = 0; i < model.sheets.length; i++)
      if (model.sheets[i].name.toLocaleUpperCase() === k) return model.sheets[i];
    return null;
  }
  function writeGrid(sheet, r, key, grid) {
    for (var i = 0; i < r.rows && i < grid.length; i++) {
      for (var j = 0; j < r.cols && j < grid[i].length; j++) {
        var id = r.row + i + ',' + (r.col + j);
        var cell = sheet.cells[id] || (sheet.cells[id] = {});
        cell[key] = grid[i][j];
      }
    }
  }
  function readGrid(sheet, r, key) {
    var out = [];
    for (var i = 0; i < r.rows; i++) {
      var row = [];
      for (var j = 0; j < r.cols; j++) {
        var cell = sheet.cells[r.row + i + ',' + (r.col + j)];
        var v = cell ? cell[key] : undefined;
        if (key === 'values' && cell && v === undefined && typeof cell.formulas !== 'undefined') v = cell.formulas;
        if (key === 'formulas' && cell && v === undefined) v = cell.values;
        row.push(v === undefined || v === null ? (key === 'numberFormat' ? 'General' : '') : v);
      }
      out.push(row);
    }
    return out;
  }
  function filled(sheet, row, col) {
    var c = sheet.cells[row + ',' + col];
    return !!c && ((c.values !== undefined && c.values !== '') || (c.formulas !== undefined && c.formulas !== ''));
  }
  /** Excel's CurrentRegion: grow the rectangle while a filled cell touches its border. */
  function surroundingRegion(sheet, r) {
    var top = r.row,
      left = r.col,
      bottom = r.row + r.rows - 1,
      right = r.col + r.cols - 1;
    for (var grown = true; grown;) {
      grown = false;
      for (var c = left - 1; c <= right + 1; c++) {
        if (c < 0) continue;
        if (top > 0 && filled(sheet, top - 1, c)) {
          top--;
          grown = true;
          break;
        }
        if (filled(sheet, bottom + 1, c)) {
          bottom++;
          grown = true;
          break;
        }
      }
      for (var rr = top - 1; rr <= bottom + 1 && !grown; rr++) {
        if (rr < 0) continue;
        if (left > 0 && filled(sheet, rr, left - 1)) {
          left--;
          grown = true;
        } else if (filled(sheet, rr, right + 1)) {
          right++;
          grown = true;
        }
      }
    }
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  (seed.sheets || [{ name: 'Sheet1' }]).forEach(function (s) {
    var sheet = newSheet(s.name);
    if (s.data) writeGrid(sheet, { row: 0, col: 0, rows: s.data.length, cols: s.data[0].length }, 'values', s.data);
    Object.keys(s.props || {}).forEach(function (k) {
      sheet.props[k] = s.props[k];
    });
    model.sheets.push(sheet);
  });
  model.tables = (seed.tables || []).slice();
  model.selection = seed.selection || { sheet: model.sheets[0].name, address: 'A1' };
  model.active = model.selection.sheet;

  // ---- proxies: known objects with a fallback that records anything else -----------------------
  var descOf = new WeakMap();
  /** Plain JSON for the log: proxies become their description. */
  function plain(v) {
    if (v && (typeof v === 'object' || typeof v === 'function') && descOf.has(v)) return { ref: descOf.get(v) };
    if (Array.isArray(v)) return v.map(plain);
    if (v && typeof v === 'object') {
      var o = {};
      Object.keys(v).forEach(function (k) {
        o[k] = plain(v[k]);
      });
      return o;
    }
    return v === undefined ? null : v;
  }
  function arg(v) {
    return JSON.stringify(plain(v));
  }

  /**
   * Wraps `impl` (known members) for one request context. Unknown members become recording
   * nodes: reading gives a child node, assigning records a 'set', calling records a 'call'.
   */
  function wrap(ctx, desc, sheetName, impl) {
    var children = {};
    var target = typeof impl === 'function' ? impl : function () {};
    var proxy = new Proxy(target, {
      get: function (_t, prop) {
        if (typeof prop === 'symbol' || prop === 'then' || prop === 'toJSON') return undefined;
        if (impl && prop in impl) return impl[prop];
        if (prop === 'load')
          return function (what) {
            record(ctx, 'call', desc, sheetName, 'load', [what]);
            return proxy;
          };
        if (!children[prop]) children[prop] = wrap(ctx, desc + '.' + prop, sheetName, null);
        return children[prop];
      },
      set: function (_t, prop, value) {
        if (
          impl &&
          prop in impl &&
          Object.getOwnPropertyDescriptor(impl, prop) &&
          Object.getOwnPropertyDescriptor(impl, prop).set
        ) {
          impl[prop] = value;
        }
        record(ctx, 'set', desc, sheetName, prop, plain(value));
        return true;
      },
      apply: function (_t, _this, args) {
        var name = desc.replace(/^.*\./, '');
        var parent = desc.slice(0, desc.length - name.length - 1);
        record(ctx, 'call', parent, sheetName, name, args.map(plain));
        return wrap(ctx, desc + '(' + args.map(arg).join(',') + ')', sheetName, null);
      },
    });
    descOf.set(proxy, desc);
    return proxy;
  }
  function record(ctx, kind, target, sheet, member, value) {
    var op = { run: ctx.run, batch: ctx.batch, kind: kind, target: target, sheet: sheet, member: member };
    if (kind === 'set') op.value = value;
    else op.args = value;
    log.ops.push(op);
  }

  /** Properties readable once loaded and synced, as in Office.js. */
  function loadable(ctx, obj, desc, read) {
    var loaded = null;
    var pending = false;
    obj.load = function () {
      pending = true;
      ctx.queue.push(function () {});
      ctx.loads.push(function () {
        loaded = read();
        pending = false;
      });
      return obj.__proxy;
    };
    return function (prop) {
      if (!loaded || !(prop in loaded)) {
        throw officeError(
          'PropertyNotLoaded',
          "The property '" +
            prop +
            "' of " +
            desc +
            ' is not loaded (load() and sync() first)' +
            (pending ? ': sync() not called yet' : ''),
        );
      }
      return loaded[prop];
    };
  }

  function makeContext() {
    var ctx = { run: ++log.runs, batch: 1, queue: [], loads: [] };
    ctx.sync = function () {
      log.syncs++;
      log.runSyncs[ctx.run] = (log.runSyncs[ctx.run] || 0) + 1;
      return flush(ctx, false);
    };
    ctx.workbook = workbook(ctx);
    ctx.trackedObjects = { add: function () {}, remove: function () {} };
    return ctx;
  }
  function flush(ctx, implicit) {
    var queue = ctx.queue,
      loads = ctx.loads;
    ctx.queue = [];
    ctx.loads = [];
    ctx.batch++;
    return new Promise(function (resolve, reject) {
      setTimeout(function () {
        try {
          if (!implicit && seed.failSync && log.syncs === seed.failSync)
            throw officeError('GeneralException', 'Injected failure at sync ' + log.syncs);
          queue.forEach(function (op) {
            op();
          });
          if (seed.failAfterAdd && ctx.added && !log.injected) {
            // The whole request ran (a sheet was added and written), then Excel reports a failure.
            log.injected = true;
            throw officeError('GeneralException', 'Injected failure after adding a sheet');
          }
          loads.forEach(function (l) {
            l();
          });
          resolve();
        } catch (e) {
          reject(e);
        }
      }, 5);
    });
  }

  // ---- Excel objects ---------------------------------------------------------------------------
  function workbook(ctx) {
    var impl = {
      worksheets: worksheets(ctx),
      tables: tables(ctx),
      getSelectedRange: function () {
        record(ctx, 'call', 'workbook', null, 'getSelectedRange', []);
        return range(
          ctx,
          function () {
            return findSheet(model.selection.sheet);
          },
          {
            toString: function () {
              return model.selection.address;
            },
          },
          'selection',
        );
      },
    };
    impl.__proxy = wrap(ctx, 'workbook', null, impl);
    return impl.__proxy;
  }

  function worksheets(ctx) {
    var impl = {};
    var read = loadable(ctx, impl, 'worksheets', function () {
      return {
        items: model.sheets.map(function (s) {
          return sheetHandle(
            ctx,
            function () {
              return s;
            },
            s.name,
            true,
          );
        }),
      };
    });
    Object.defineProperty(impl, 'items', {
      get: function () {
        return read('items');
      },
    });
    impl.add = function (name) {
      record(ctx, 'call', 'worksheets', name, 'add', [name]);
      ctx.added = true;
      var created = null;
      ctx.queue.push(function () {
        if (findSheet(name)) throw officeError('ItemAlreadyExists', 'A sheet named ' + name + ' exists');
        created = newSheet(name);
        model.sheets.push(created);
      });
      return sheetHandle(
        ctx,
        function () {
          return created;
        },
        name,
        false,
      );
    };
    impl.getItem = function (name) {
      record(ctx, 'call', 'worksheets', name, 'getItem', [name]);
      return sheetHandle(
        ctx,
        bindOnce(function () {
          var s = findSheet(name);
          if (!s) throw officeError('ItemNotFound', 'No sheet named ' + name);
          return s;
        }),
        name,
        false,
      );
    };
    impl.getItemOrNullObject = function (name) {
      record(ctx, 'call', 'worksheets', name, 'getItemOrNullObject', [name]);
      return sheetHandle(
        ctx,
        bindOnce(function () {
          return findSheet(name);
        }),
        name,
        false,
        true,
      );
    };
    impl.getActiveWorksheet = function () {
      record(ctx, 'call', 'worksheets', model.active, 'getActiveWorksheet', []);
      return sheetHandle(
        ctx,
        bindOnce(function () {
          return findSheet(model.active);
        }),
        model.active,
        false,
      );
    };
    impl.__proxy = wrap(ctx, 'worksheets', null, impl);
    return impl.__proxy;
  }

  /**
   * Office.js resolves an object path once, when a request first uses it; afterwards the proxy
   * stays bound to that sheet even if it is renamed and another sheet takes its old name.
   */
  function bindOnce(find) {
    var bound;
    return function () {
      if (bound === undefined) {
        var s = find();
        if (s) bound = s;
        return s;
      }
      return model.sheets.indexOf(bound) >= 0 ? bound : null;
    };
  }

  function sheetHandle(ctx, resolve, name, preloaded, orNull) {
    var desc = 'worksheet(' + JSON.stringify(name) + ')';
    var impl = {};
    var snapshot = function () {
      var s = resolve();
      return s
        ? { name: s.name, position: model.sheets.indexOf(s), visibility: 'Visible', isNullObject: false }
        : { isNullObject: true };
    };
    var loadedRead = loadable(ctx, impl, desc, snapshot);
    // Items of a loaded collection come with the properties the collection load asked for.
    var read = preloaded
      ? function (p) {
          return snapshot()[p];
        }
      : loadedRead;
    var nullKnown = null;
    if (orNull)
      ctx.loads.push(function () {
        nullKnown = !resolve();
      });
    Object.defineProperty(impl, 'isNullObject', {
      get: function () {
        if (nullKnown === null)
          throw officeError('PropertyNotLoaded', 'isNullObject of ' + desc + ' read before sync()');
        return nullKnown;
      },
    });
    ['position', 'visibility'].forEach(function (p) {
      Object.defineProperty(impl, p, {
        get: function () {
          return read(p);
        },
        set: function (v) {
          ctx.queue.push(function () {
            var s = resolve();
            var list = model.sheets;
            list.splice(list.indexOf(s), 1);
            list.splice(Math.min(v, list.length), 0, s);
          });
        },
        enumerable: true,
      });
    });
    Object.defineProperty(impl, 'name', {
      get: function () {
        return read('name');
      },
      set: function (v) {
        ctx.queue.push(function () {
          var s = resolve();
          if (findSheet(v) && findSheet(v) !== s)
            throw officeError('ItemAlreadyExists', 'A sheet named ' + v + ' exists');
          if (model.active === s.name) model.active = v;
          s.name = v;
        });
      },
      enumerable: true,
    });
    impl.getRange = function (address) {
      record(ctx, 'call', desc, name, 'getRange', [address === undefined ? null : address]);
      return range(ctx, resolve, address || 'A1:XFD1048576', desc + '.getRange(' + JSON.stringify(address) + ')', name);
    };
    impl.activate = function () {
      record(ctx, 'call', desc, name, 'activate', []);
      ctx.queue.push(function () {
        // Excel remembers each sheet's selection; a new sheet's is A1.
        var s = resolve();
        var previous = findSheet(model.active);
        if (previous) previous.selection = model.selection.address;
        model.active = s.name;
        model.selection = { sheet: s.name, address: s.selection || 'A1' };
      });
    };
    impl.delete = function () {
      record(ctx, 'call', desc, name, 'delete', []);
      ctx.queue.push(function () {
        var s = resolve();
        if (!s) throw officeError('ItemNotFound', 'No sheet ' + name);
        model.sheets.splice(model.sheets.indexOf(s), 1);
        if (model.active === s.name) model.active = model.sheets[0] && model.sheets[0].name;
      });
    };
    impl.customProperties = customProperties(ctx, resolve, desc, name);
    impl.__proxy = wrap(ctx, desc, name, impl);
    return impl.__proxy;
  }

  function customProperties(ctx, resolveSheet, sheetDesc, sheetName) {
    var desc = sheetDesc + '.customProperties';
    var impl = {
      add: function (key, value) {
        record(ctx, 'call', desc, sheetName, 'add', [key, value]);
        ctx.queue.push(function () {
          resolveSheet().props[key] = String(value);
        });
      },
      getItemOrNullObject: function (key) {
        record(ctx, 'call', desc, sheetName, 'getItemOrNullObject', [key]);
        var p = {};
        var read = loadable(ctx, p, desc + '[' + key + ']', function () {
          var s = resolveSheet();
          var has = s && Object.prototype.hasOwnProperty.call(s.props, key);
          return { isNullObject: !has, value: has ? s.props[key] : null, key: key };
        });
        ['isNullObject', 'value', 'key'].forEach(function (k) {
          Object.defineProperty(p, k, {
            get: function () {
              return read(k);
            },
          });
        });
        p.__proxy = wrap(ctx, desc + '[' + key + ']', sheetName, p);
        return p.__proxy;
      },
    };
    return wrap(ctx, desc, sheetName, impl);
  }

  function range(ctx, resolveSheet, address, desc, sheetName) {
    var impl = {};
    var rect = function () {
      return parseLocal(String(address));
    };
    var read = loadable(ctx, impl, desc, function () {
      var s = resolveSheet();
      if (!s) throw officeError('ItemNotFound', 'No sheet for ' + desc);
      var r = rect();
      var clipped = { row: r.row, col: r.col, rows: Math.min(r.rows, 2000), cols: Math.min(r.cols, 200) };
      return {
        address: qualified(s.name, r),
        values: readGrid(s, clipped, 'values'),
        formulas: readGrid(s, clipped, 'formulas'),
        numberFormat: readGrid(s, clipped, 'numberFormat'),
        rowCount: r.rows,
        columnCount: r.cols,
        cellCount: r.rows * r.cols,
      };
    });
    ['address', 'rowCount', 'columnCount', 'cellCount'].forEach(function (p) {
      Object.defineProperty(impl, p, {
        get: function () {
          return read(p);
        },
      });
    });
    ['values', 'formulas', 'numberFormat'].forEach(function (p) {
      Object.defineProperty(impl, p, {
        get: function () {
          return read(p);
        },
        set: function (grid) {
          ctx.queue.push(function () {
            var s = resolveSheet();
            if (!s) throw officeError('ItemNotFound', 'No sheet for ' + desc);
            var r = rect();
            if (
              grid.length !== r.rows ||
              grid.some(function (row) {
                return row.length !== r.cols;
              })
            ) {
              throw officeError('InvalidArgument', p + ' of ' + desc + ' does not match the range size');
            }
            writeGrid(s, r, p, grid);
          });
        },
      });
    });
    impl.getSurroundingRegion = function () {
      record(ctx, 'call', desc, sheetName, 'getSurroundingRegion', []);
      var region = null;
      var regionSheet = function () {
        var s = resolveSheet();
        region = localOf(surroundingRegion(s, rect()));
        return s;
      };
      return range(
        ctx,
        regionSheet,
        {
          toString: function () {
            regionSheet();
            return region;
          },
        },
        desc + '.getSurroundingRegion()',
        sheetName,
      );
    };
    impl.__proxy = wrap(ctx, desc, sheetName, impl);
    return impl.__proxy;
  }

  function tables(ctx) {
    var impl = {};
    var read = loadable(ctx, impl, 'tables', function () {
      return {
        items: model.tables.map(function (t) {
          var w = {};
          var ws = {};
          Object.defineProperty(ws, 'name', {
            get: function () {
              return t.sheet;
            },
          });
          Object.defineProperty(w, 'name', {
            get: function () {
              return t.name;
            },
          });
          w.worksheet = ws;
          return w;
        }),
      };
    });
    Object.defineProperty(impl, 'items', {
      get: function () {
        return read('items');
      },
    });
    impl.getItem = function (name) {
      record(ctx, 'call', 'tables', null, 'getItem', [name]);
      var find = function () {
        for (var i = 0; i < model.tables.length; i++) if (model.tables[i].name === name) return model.tables[i];
        throw officeError('ItemNotFound', 'No table ' + name);
      };
      var sheetOf = function () {
        return findSheet(find().sheet);
      };
      var part = function (which) {
        return function () {
          var t = find();
          var r = parseLocal(t.address);
          var sub =
            which === 'header'
              ? { row: r.row, col: r.col, rows: 1, cols: r.cols }
              : which === 'body'
                ? { row: r.row + 1, col: r.col, rows: r.rows - 1, cols: r.cols }
                : r;
          return localOf(sub);
        };
      };
      var desc = 'table(' + JSON.stringify(name) + ')';
      var t = {
        getHeaderRowRange: function () {
          return range(ctx, sheetOf, { toString: part('header') }, desc + '.header');
        },
        getDataBodyRange: function () {
          return range(ctx, sheetOf, { toString: part('body') }, desc + '.body');
        },
        getRange: function () {
          return range(ctx, sheetOf, { toString: part('all') }, desc + '.range');
        },
      };
      t.__proxy = wrap(ctx, desc, null, t);
      return t.__proxy;
    };
    impl.__proxy = wrap(ctx, 'tables', null, impl);
    return impl.__proxy;
  }

  // ---- globals ---------------------------------------------------------------------------------
  /** Enums read as their Office.js string values (`Excel.ChartType.line` → 'Line'). */
  function enumNamespace() {
    return new Proxy(
      {},
      {
        get: function (_t, key) {
          if (typeof key !== 'string') return undefined;
          return key.charAt(0).toUpperCase() + key.slice(1);
        },
      },
    );
  }
  window.Excel = new Proxy(
    {
      run: function (batch) {
        var ctx = makeContext();
        return Promise.resolve()
          .then(function () {
            return batch(ctx);
          })
          .then(function (result) {
            // Office.js sends what is still queued when the batch's promise resolves.
            if (ctx.queue.length === 0 && ctx.loads.length === 0) return result;
            log.implicitSyncs++;
            return flush(ctx, true).then(function () {
              return result;
            });
          });
      },
    },
    {
      get: function (t, key) {
        if (key in t) return t[key];
        return typeof key === 'string' ? enumNamespace() : undefined;
      },
    },
  );

  var ready = new Promise(function (resolve) {
    setTimeout(resolve, 10);
  });
  window.Office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    context: {
      displayLanguage: seed.displayLanguage || 'en-US',
      contentLanguage: seed.displayLanguage || 'en-US',
      requirements: {
        isSetSupported: function () {
          return true;
        },
      },
    },
    actions: { associate: function () {} },
    addin: {
      showAsTaskpane: function () {
        return Promise.resolve();
      },
    },
    onReady: function (cb) {
      return ready.then(function () {
        var info = { host: 'Excel', platform: 'OfficeOnline' };
        if (cb) cb(info);
        return info;
      });
    },
  };
  function CfError(code, message) {
    this.code = code;
    this.message = message;
  }
  window.CustomFunctions = {
    associate: function (id) {
      (log.functions = log.functions || []).push(id);
    },
    Error: CfError,
    ErrorCode: {
      invalidValue: '#VALUE!',
      notAvailable: '#N/A',
      divisionByZero: '#DIV/0!',
      invalidNumber: '#NUM!',
      nullReference: '#NULL!',
    },
  };

  window.__fake = { log: log, model: model };
})();
