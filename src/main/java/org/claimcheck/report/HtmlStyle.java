package org.claimcheck.report;

/** The inline style sheet and the small filtering script of the HTML report. */
final class HtmlStyle {

    static final String CSS = """
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
            header{position:sticky;top:0;background:#1d2330;color:#fff;padding:.6em 1.2em;display:flex;gap:2em;align-items:center;z-index:2}
            header h1{font-size:1.1em;margin:0}#filters label{margin-right:1em}
            main{padding:1em 1.2em}footer{padding:1em 1.2em;color:#555}
            .document{background:#fff;border:1px solid #dde;border-radius:6px;margin:0 0 1.2em;padding:.8em 1.1em}
            .document h2{font-size:1.05em;margin:.2em 0 .6em}.document h2 small{color:#778;font-weight:normal}
            .columns{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1.4em}
            .article{white-space:pre-wrap;font-family:Georgia,serif;font-size:15.5px}
            .mark{color:inherit;text-decoration:none;border-radius:3px;padding:0 1px}
            .mark.error{background:#ffc9c9}.mark.warning{background:#ffe8a3}.mark.info{background:#cfe8ff}
            .mark:target,.mark.lit{outline:2px solid #1d2330}
            .finding{border-left:4px solid #999;padding:.3em .8em;margin:0 0 .9em;background:#fafbfc}
            .finding.error{border-color:#d6336c}.finding.warning{border-color:#f08c00}.finding.info{border-color:#1c7ed6}
            .finding:target{background:#fff7d6}.finding h3{font-size:.95em;margin:.2em 0}.finding p{margin:.3em 0}
            .finding ul{margin:.2em 0;padding-left:1.2em}.rule{color:#778;font-size:.8em}
            .badge{font-size:.75em;padding:1px 6px;border-radius:8px;color:#fff;background:#999}
            .badge.error{background:#d6336c}.badge.warning{background:#f08c00}.badge.info{background:#1c7ed6}
            .error{color:#b3261e}.none{color:#778}
            .numberline{max-width:100%;height:auto;margin:.4em 0}.axis{stroke:#889}.tick{font-size:10px;fill:#667}
            .label{font-size:11px;fill:#1d2330}.slack{fill:#000;opacity:.08}
            .range{stroke-width:6;stroke-linecap:round}.v0{stroke:#d6336c;fill:#d6336c}.v1{stroke:#1c7ed6;fill:#1c7ed6}
            .v2{stroke:#2f9e44;fill:#2f9e44}.v3{stroke:#7048e8;fill:#7048e8}
            .ledger table{border-collapse:collapse;font-size:.9em}.ledger td,.ledger th{border-bottom:1px solid #eee;padding:2px 8px;text-align:left;vertical-align:top}
            .hidden{display:none}@media (max-width:900px){.columns{grid-template-columns:1fr}}
            """;

    static final String SCRIPT = """
            (function(){
              var kinds={},sel=document.getElementById('kind');
              document.querySelectorAll('.finding').forEach(function(f){kinds[f.dataset.kind]=1;});
              Object.keys(kinds).sort().forEach(function(k){var o=document.createElement('option');o.value=k;o.textContent=k;sel.appendChild(o);});
              function apply(){
                var on={};document.querySelectorAll('#filters input').forEach(function(c){on[c.dataset.severity]=c.checked;});
                var k=sel.value;
                document.querySelectorAll('.finding').forEach(function(f){
                  f.classList.toggle('hidden',!on[f.dataset.severity]||(k&&f.dataset.kind!==k));});
              }
              document.querySelectorAll('#filters input').forEach(function(c){c.addEventListener('change',apply);});
              sel.addEventListener('change',apply);
              document.querySelectorAll('.finding').forEach(function(f){
                f.addEventListener('mouseenter',function(){document.querySelectorAll('.mark').forEach(function(m){
                  m.classList.toggle('lit',(' '+m.dataset.findings+' ').indexOf(' '+f.id+' ')>=0);});});});
            })();
            """;

    private HtmlStyle() {
    }
}
