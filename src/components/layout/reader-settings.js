(function(d){var h=d.documentElement,k='cchc-doc-gia',v;
try{v=JSON.parse(localStorage.getItem(k))||{}}catch(e){v={}}
function apply(){for(var i=-1;i<4;i++)h.classList.toggle('co-chu'+i,i!==0&&v.t===i);
h.classList.toggle('tuong-phan',!!v.c);
var b=d.querySelectorAll('[data-doc-gia=c]');for(var j=0;j<b.length;j++)b[j].setAttribute('aria-pressed',v.c?'true':'false')}
h.classList.add('js');apply();d.addEventListener('DOMContentLoaded',apply);
d.addEventListener('click',function(e){var b=e.target.closest&&e.target.closest('[data-doc-gia]');if(!b)return;
var c=b.getAttribute('data-doc-gia');if(c==='c')v.c=!v.c;else v.t=c==='0'?0:Math.max(-1,Math.min(3,(v.t||0)+(c==='+'?1:-1)));
try{localStorage.setItem(k,JSON.stringify(v))}catch(e){}apply()})})(document)
